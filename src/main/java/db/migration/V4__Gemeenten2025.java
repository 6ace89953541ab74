package db.migration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 342 municipalities of 2025 (CBS codes) from the copy of the reference list in the
 * application's resources, valid from 1 January 2025. A later municipal reorganisation gets a
 * migration of its own that closes the old codes and adds the new ones.
 */
public class V4__Gemeenten2025 extends BaseJavaMigration {

    static final String RESOURCE = "/reference/gemeenten-2025.csv";

    @Override
    public void migrate(Context context) throws Exception {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = new BufferedReader(new InputStreamReader(
                        V4__Gemeenten2025.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8));
                var parser = format.parse(in);
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "INSERT IGNORE INTO gemeenten (code, naam, geldig_van) VALUES (?, ?, DATE '2025-01-01')")) {
            for (CSVRecord row : parser) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("naam"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
