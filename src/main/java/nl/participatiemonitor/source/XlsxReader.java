package nl.participatiemonitor.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Streams one sheet of an XLSX workbook (the first, unless a {@link FileLayout} names another) from its
 * header row on; not thread-safe.
 */
final class XlsxReader implements TabularReader {

    private static final long LARGE_PART = 1L << 20;

    static {
        // POI's own guard while reading; inspect() checks the real sizes against the caller's limits.
        ZipSecureFile.setMinInflateRatio(1 / FileLimits.defaults().maxInflateRatio());
    }

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;

    private XlsxReader(Workbook workbook, Iterator<Row> rows, List<String> header) {
        this.workbook = workbook;
        this.rows = rows;
        this.header = header;
    }

    static XlsxReader open(Path file, FileLayout layout) throws IOException, UnreadableFileException {
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096)
                    // Shared strings (every text of the workbook) go to an encrypted temp file, not the heap.
                    .setUseSstTempFile(true).setEncryptSstTempFile(true)
                    .setUseCommentsTempFile(true).setEncryptCommentsTempFile(true)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw Refusals.notXlsx(file, e);
        }
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw Refusals.noSheet(file);
            }
            int sheet = sheetNumber(workbook, file, layout);
            Iterator<Row> rows = workbook.getSheetAt(sheet).rowIterator();
            Row first = rows.hasNext() ? rows.next() : null;
            while (first != null && first.getRowNum() < layout.headerRow() - 1) {
                first = rows.hasNext() ? rows.next() : null;
            }
            String[] names = first == null || first.getRowNum() != layout.headerRow() - 1 ? new String[0] : cells(first);
            if (names.length == 0) {
                throw Refusals.emptyHeaderRow(file, workbook.getSheetName(sheet), layout.headerRow());
            }
            return new XlsxReader(workbook, rows, List.of(names));
        } catch (UnreadableFileException e) {
            workbook.close();
            throw e;
        } catch (RuntimeException e) {
            workbook.close();
            throw Refusals.notXlsx(file, e);
        }
    }

    /** The 0-based number of the sheet the layout names; the first when it names none. */
    private static int sheetNumber(Workbook workbook, Path file, FileLayout layout) throws UnreadableFileException {
        if (layout.sheet() == null) {
            return 0;
        }
        int index = layout.sheetIndex() >= 0 ? layout.sheetIndex() : workbook.getSheetIndex(layout.sheet());
        if (index < 0 || index >= workbook.getNumberOfSheets()) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            throw Refusals.noSuchSheet(file, layout.sheet(), names);
        }
        return index;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] cells = cells(row);
                if (cells.length > 0) {
                    String[] values = Arrays.copyOf(cells, header.size());
                    Arrays.fill(values, Math.min(cells.length, values.length), values.length, "");
                    // A cell keeps its column in a workbook, so a row ending in blank cells is not short.
                    return new SourceRow(row.getRowNum() + 1L, Arrays.asList(values), Math.max(cells.length,
                            header.size()));
                }
            }
            return null;
        } catch (RuntimeException e) {
            // The workbook comes from outside: a parser or cell failure means the file is damaged.
            throw new IOException("The worksheet cannot be read", e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The cell texts of a row up to its last non-blank cell; empty when all cells are blank. */
    private static String[] cells(Row row) {
        String[] texts = new String[Math.max(row.getLastCellNum(), 0)];
        Arrays.fill(texts, "");
        int length = 0;
        for (Cell cell : row) {
            String text = text(cell);
            texts[cell.getColumnIndex()] = text;
            if (!text.isEmpty()) {
                length = Math.max(length, cell.getColumnIndex() + 1);
            }
        }
        return Arrays.copyOf(texts, length);
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            // The streaming reader gives errors, also cached formula results, as text like "ERROR:  #DIV/0!".
            case ERROR -> cell.getStringCellValue().replaceFirst("^ERROR:", "").strip();
            default -> "";
        };
    }

    /**
     * Refuses a file that unpacks beyond the limits. Inflates every entry and counts the real bytes
     * instead of trusting the sizes the zip headers claim. A file that is not a zip archive at all
     * fails with an IOException or has no entries.
     */
    static void checkZip(Path file, FileLimits limits) throws IOException, UnreadableFileException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        // commons-compress, unlike java.util.zip, reads the Zip64 data descriptors POI itself writes.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
                long size = 0;
                for (int n; (n = zip.read(buffer)) != -1; ) {
                    size += n;
                    total += n;
                    if (total > limits.maxInflatedBytes()) {
                        throw Refusals.inflatedTooLarge(file, limits.maxInflatedBytes());
                    }
                }
                if (size > LARGE_PART && size > limits.maxInflateRatio() * Math.max(zip.getCompressedCount(), 1)) {
                    throw Refusals.inflateRatio(file, entry.getName(), limits.maxInflateRatio());
                }
            }
        }
        if (entries == 0) {
            throw Refusals.notXlsx(file, null);
        }
    }
}
