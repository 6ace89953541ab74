package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.participatiemonitor.metrics.RecordTrail;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.excel.DossierWorkbook;
import nl.participatiemonitor.system.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The reviewer dossier (REPORTS.md) per municipality: every record behind every figure of the run's period, with
 * its role and where it was delivered, as CSV and Excel in {@code <period>/dossier-<gemeente>/r<n>/}, file names
 * starting with VERTROUWELIJK. Nothing is suppressed. The records listed are counted and must add up to the stored
 * figures; when they do not (the inputs changed after the run), nothing is published for that municipality and the
 * publication fails with the figures that differ.
 */
@Component
class DossierPublication implements AudiencePublication {

    static final String SCOPE_PREFIX = "dossier-";
    private static final String[] CSV_HEADER = {"gemeente_code", "periode", "indicator", "dimensie", "rol", "entiteit",
        "sleutel", "client_pseudoniem", "waarde", "levering_id", "bestand", "regel"};

    private final RunFigures figures;
    private final RecordTrail trail;

    DossierPublication(RunFigures figures, RecordTrail trail) {
        this.figures = figures;
        this.trail = trail;
    }

    @Override
    public Audience audience() {
        return Audience.DOSSIER;
    }

    @Override
    public List<ReportPublisher.Published> publish(PublicationContext context) throws IOException {
        long runId = context.runId();
        String period = context.period().label();
        List<ReportPublisher.Published> published = new ArrayList<>();
        // The per-advice facts are rebuilt once, and only when some dossier is rendered at all.
        boolean[] prepared = {false};
        try {
            for (String municipality : figures.municipalities(runId)) {
                ManifestInput input = context.input("dossier", Map.of("periode", period, "gemeente", municipality),
                        context.deliveriesOf(municipality));
                String name = "VERTROUWELIJK-dossier-" + municipality + "-" + period;
                published.add(context.publish(audience(), SCOPE_PREFIX + municipality, input,
                        List.of(name + ".csv", name + ".xlsx"), (revision, files) -> {
                            if (!prepared[0]) {
                                trail.prepare(runId);
                                prepared[0] = true;
                            }
                            write(runId, municipality, revision, LocalDate.parse(input.dataDate()),
                                    files.get(name + ".csv"), files.get(name + ".xlsx"));
                        }));
            }
        } finally {
            if (prepared[0]) {
                trail.finish(runId);
            }
        }
        return published;
    }

    private void write(long runId, String municipality, int revision, LocalDate dataDate, Path csv, Path xlsx)
            throws IOException {
        String period = figures.period(runId).label();
        RecordTrail.Tally tally = new RecordTrail.Tally();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader(CSV_HEADER).get();
        try (DossierWorkbook workbook = new DossierWorkbook(municipality, figures.municipalityName(municipality), period,
                figures.status(runId, municipality), revision, dataDate);
                Writer text = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(text, format)) {
            IOException[] failure = new IOException[1];
            trail.rows(runId, municipality, row -> {
                tally.add(row);
                workbook.add(row);
                try {
                    printer.printRecord(FormulaGuard.csv(municipality, period, row.indicator().code(), row.dimension(),
                            row.role().label(), row.entity(), row.key() == null ? "" : row.key(),
                            row.client() == null ? "" : row.client(), row.value() == null ? "" : row.value(),
                            row.delivery(), row.file(), row.line()));
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            List<RecordTrail.Checked> checked = trail.check(runId, municipality, tally);
            List<RecordTrail.Checked> differing = checked.stream().filter(c -> !c.agrees()).toList();
            if (!differing.isEmpty()) {
                throw new IllegalStateException("Het dossier van " + municipality + " " + period + " telt andere aantallen "
                        + "records dan de cijfers van run " + runId + " (zijn er sinds de run leveringen bijgekomen? "
                        + "Bereken de periode opnieuw met run): " + differing.stream().limit(5)
                                .map(c -> c.indicator().code() + (c.dimension().isEmpty() ? "" : " " + c.dimension())
                                        + " cijfer " + c.teller() + "/" + c.noemer() + "/" + c.value() + ", records "
                                        + c.recordsTeller() + "/" + c.recordsNoemer())
                                .collect(Collectors.joining("; ")));
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(checked.stream().map(c -> new DossierWorkbook.FigureRow(c.indicator(), c.dimension(),
                        c.value(), c.teller(), c.noemer(), c.recordsTeller(), c.recordsNoemer())).toList(), out);
            }
        }
    }
}
