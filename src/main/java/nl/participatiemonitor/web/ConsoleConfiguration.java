package nl.participatiemonitor.web;

import nl.participatiemonitor.report.archive.ArchiveReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's own beans besides its controllers: the archive it serves, read-only. */
@Configuration
@ConditionalOnConsole
class ConsoleConfiguration {

    @Bean
    ArchiveReader consoleArchive(WebProperties settings) {
        return new ArchiveReader(settings.archiveDir());
    }
}
