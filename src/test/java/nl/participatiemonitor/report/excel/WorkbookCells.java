package nl.participatiemonitor.report.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back the way a user would look at it: rows found by the text in their first cells. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The first row whose leading cells hold exactly these texts. */
    static Row row(Sheet sheet, String... leading) {
        List<String> wanted = Arrays.asList(leading);
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> texts(row).size() >= leading.length
                        && texts(row).subList(0, leading.length).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + wanted + " in " + sheet.getSheetName()));
    }

    /** The texts of a row's cells, with null for a number and "" for a missing cell. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
        }
        return texts;
    }

    /** Every cell of every sheet. */
    static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }

    static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }
}
