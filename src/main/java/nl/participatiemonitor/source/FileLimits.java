package nl.participatiemonitor.source;

/**
 * Size limits a delivery file must stay within before it is imported.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param maxInflatedBytes the largest total unpacked size of an XLSX file, in bytes
 * @param maxInflateRatio the largest unpacked/packed ratio of an XLSX part above 1 MiB unpacked
 */
public record FileLimits(long maxFileBytes, long maxInflatedBytes, double maxInflateRatio) {

    /** 2 GiB per file, 4 GiB unpacked, ratio 100. */
    public static FileLimits defaults() {
        return new FileLimits(2L << 30, 4L << 30, 100);
    }
}
