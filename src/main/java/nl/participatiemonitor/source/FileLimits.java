package nl.participatiemonitor.source;

/**
 * Size limits a delivery file must stay within before it is imported, so reading it takes bounded memory
 * whatever a supplier sends.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxInflatedBytes the largest total unpacked size of an XLSX file, in bytes
 * @param maxInflateRatio the largest unpacked/packed ratio of an XLSX part above 1 MiB unpacked
 * @param maxFieldChars the longest CSV field, in characters (an unclosed quote makes the rest of the file one field)
 * @param maxColumns the most fields on one CSV line
 */
public record FileLimits(long maxFileBytes, long maxInflatedBytes, double maxInflateRatio, int maxFieldChars,
        int maxColumns) {

    /** The longest field and the most columns when nothing else is set. */
    public static final int FIELD_CHARS = 32_768;
    public static final int COLUMNS = 1_000;

    public FileLimits(long maxFileBytes, long maxInflatedBytes, double maxInflateRatio) {
        this(maxFileBytes, maxInflatedBytes, maxInflateRatio, FIELD_CHARS, COLUMNS);
    }

    /** 2 GiB per file, 1 GiB unpacked, ratio 100, fields up to 32,768 characters, 1,000 columns. */
    public static FileLimits defaults() {
        return new FileLimits(2L << 30, 1L << 30, 100);
    }
}
