package nl.participatiemonitor.report.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures.GroupMedian;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.metrics.Signal;

/**
 * Everything the toezichtrapportage shows of one run, in both its PDF and its workbook: the municipalities side by
 * side, the size-group medians, and per gemeenschappelijke regeling its members and who handled their complaints.
 * Every figure is already suppressed as for the raad.
 */
public record SupervisorFigures(String scope, Period period, int revision, LocalDate dataDate, List<Indicator> columns,
        List<MunicipalityLine> municipalities, List<GroupMedian> medians, List<Arrangement> arrangements) {

    public SupervisorFigures {
        columns = List.copyOf(columns);
        municipalities = List.copyOf(municipalities);
        medians = List.copyOf(medians);
        arrangements = List.copyOf(arrangements);
    }

    /** The same figures for another revision of the report. */
    public SupervisorFigures withRevision(int other) {
        return new SupervisorFigures(scope, period, other, dataDate, columns, municipalities, medians, arrangements);
    }

    /** VOORLOPIG while any municipality's figures are, else DEFINITIEF. */
    public String status() {
        return municipalities.stream().allMatch(m -> "DEFINITIEF".equals(m.status())) ? "DEFINITIEF" : "VOORLOPIG";
    }

    /** One municipality: its key figures of the run's period (by indicator, totals only), status and signals. */
    public record MunicipalityLine(String code, String name, String status, Map<Indicator, ShownFigure> figures,
            List<Signal> signals) {

        public MunicipalityLine {
            figures = Map.copyOf(figures);
            signals = List.copyOf(signals);
        }

        /** The signal codes, each once, as {@code S2, S8}. */
        public String signalCodes() {
            return String.join(", ", signals.stream().map(Signal::code).distinct().toList());
        }
    }

    /**
     * A gemeenschappelijke regeling at the period's peildatum: its members of the run, their totals (sums of counts,
     * pooled ratios) and the organisations that complaints of its members were about or handled by.
     */
    public record Arrangement(String code, String name, List<MunicipalityLine> members,
            Map<Indicator, ShownFigure> totals, List<Handling> handling) {

        public Arrangement {
            members = List.copyOf(members);
            totals = Map.copyOf(totals);
            handling = List.copyOf(handling);
        }
    }

    /**
     * Complaints of a GR's members in the period per organisation: received about its conduct (K1 per organisatie),
     * received and handled by it (behandelende organisatie), and the share of those it handled in the period that it
     * handled within the Awb 9:11 term. Counts are figures of K1 and the share is one of K3, so they read as those.
     */
    public record Handling(String code, String name, String kind, ShownFigure about, ShownFigure handledBy,
            ShownFigure onTime) {
    }
}
