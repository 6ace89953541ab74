package nl.participatiemonitor.web;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web console ({@code pm.web.*}). The console runs only when {@code serve --web-port} sets
 * the port; it listens on {@code address} (loopback unless a reverse proxy elsewhere must reach it).
 *
 * @param port where the console listens; absent: no console
 * @param address the interface it binds to
 * @param archiveDir the publication archive it serves
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockOut how long such an account stays locked
 * @param pageSize rows per page in the dossier drill-down
 */
@ConfigurationProperties("pm.web")
record WebProperties(Integer port, @DefaultValue("127.0.0.1") String address, @DefaultValue("out") Path archiveDir,
        @DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockOut,
        @DefaultValue("50") int pageSize) {
}
