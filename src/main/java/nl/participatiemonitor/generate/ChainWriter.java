package nl.participatiemonitor.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.generate.Plan.Chain;
import nl.participatiemonitor.generate.Plan.Member;

/** Writes the execution chain delivery: the organisations (GRs, executing parties, an ombudsman) and GR memberships. */
final class ChainWriter {

    private static final String[] ORGANISATIONS = {"organisatie_code", "naam", "soort"};
    private static final String[] MEMBERSHIPS = {"gr_code", "gemeente_code", "geldig_van", "geldig_tot"};

    private final Plan plan;

    ChainWriter(Plan plan) {
        this.plan = plan;
    }

    Map<String, Long> write(Path folder) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String[]> organisations = new TreeMap<>();
        for (Chain chain : plan.chains()) {
            organisations.put(chain.grCode(), new String[] {chain.grName(), "GR"});
            organisations.put(chain.executorCode(), new String[] {chain.executorName(), "UITVOERDER"});
        }
        organisations.put(Plan.PRIVATE_EXECUTOR, new String[] {Plan.PRIVATE_EXECUTOR_NAME, "UITVOERDER"});
        organisations.put("OMB-NATIONALE-OMBUDSMAN", new String[] {"Nationale ombudsman", "OMBUDSMAN"});
        try (CsvLineWriter out = new CsvLineWriter(folder.resolve("organisaties.csv"), ORGANISATIONS)) {
            for (Map.Entry<String, String[]> organisation : organisations.entrySet()) {
                out.row(organisation.getKey(), organisation.getValue()[0], organisation.getValue()[1]);
            }
            rows.put("organisaties.csv", out.rows());
        }
        try (CsvLineWriter out = new CsvLineWriter(folder.resolve("gr_lidmaatschappen.csv"), MEMBERSHIPS)) {
            for (Chain chain : plan.chains()) {
                for (Member member : chain.members()) {
                    out.row(chain.grCode(), member.municipality(), member.from(), null);
                }
            }
            rows.put("gr_lidmaatschappen.csv", out.rows());
        }
        return rows;
    }
}
