package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;
import static nl.participatiemonitor.generate.Randoms.chance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.participatiemonitor.generate.Plan.Body;
import nl.participatiemonitor.generate.Plan.Chain;
import nl.participatiemonitor.generate.Plan.Coverage;
import nl.participatiemonitor.generate.Plan.Member;
import nl.participatiemonitor.generate.Plan.Town;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Lays out a run: which municipalities take part, how many clients each has (skewed, at least
 * {@link #MIN_CLIENTS}), which of them form GRs, and which advisory bodies cover whom. The first GR has
 * exactly three members, among them the largest municipality; its last member (by code) joined ten
 * months before until and then left its own cliëntenraad. Among the municipalities outside a GR the
 * first has no body at all, the second an advisory council without Participatiewet clients, the third
 * a combined council, and every fifth hires a private executing party.
 */
final class Planner {

    static final int MIN_CLIENTS = 20;
    static final int ALL_MUNICIPALITIES = 342;

    private static final String REFERENCE = "/reference/gemeenten-2025.csv";
    private static final double SIZE_EXPONENT = 1.2;
    /** Flattens the head of the size curve for national runs, so the largest has about 8% of all clients. */
    private static final double NATIONAL_SIZE_OFFSET = 3.0;
    private static final Choice OWN_BODY = Choice.of(
            "CLIENTENRAAD_PW", 70, "GECOMBINEERD", 12, "ADVIESRAAD_SD", 10, "", 8);

    private final GeneratorSettings settings;
    private final LocalDate until;
    private final SplittableRandom random;
    private final Map<String, String> names = new HashMap<>();
    private final List<Body> bodies = new ArrayList<>();

    private Planner(GeneratorSettings settings) {
        this.settings = settings;
        this.until = settings.until();
        this.random = Randoms.stream(settings.seed(), "plan");
    }

    static Plan plan(GeneratorSettings settings) throws IOException {
        return new Planner(settings).plan();
    }

    /** The reference municipalities, code and name, in code order. */
    private static List<String[]> reference() throws IOException {
        try (InputStream in = Planner.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IOException("Resource " + REFERENCE + " not found on the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<String[]> municipalities = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                municipalities.add(new String[] {row.get("code"), row.get("naam")});
            }
            municipalities.sort(Comparator.comparing(m -> m[0]));
            return municipalities;
        }
    }

    private Plan plan() throws IOException {
        List<String[]> chosen = choose(reference(), settings.municipalities());
        chosen.forEach(m -> names.put(m[0], m[1]));
        Map<String, Integer> clients = sizes(chosen, settings.clients());
        List<Chain> chains = chains(chosen, clients);
        Map<String, Town> towns = new TreeMap<>();
        for (Chain chain : chains) {
            for (Member member : chain.members()) {
                String code = member.municipality();
                towns.put(code, new Town(code, names.get(code), clients.get(code), chain.grCode(),
                        chain.executorCode(), member.from()));
            }
        }
        int outside = 0;
        for (String[] municipality : chosen) {
            String code = municipality[0];
            if (!towns.containsKey(code)) {
                towns.put(code, outsideChain(code, clients.get(code), outside++));
            }
        }
        bodies.sort(Comparator.comparing(Body::id));
        return new Plan(settings.seed(), until, List.copyOf(towns.values()), chains, List.copyOf(bodies));
    }

    /** All municipalities for a national run, otherwise a seeded sample; in code order. */
    private List<String[]> choose(List<String[]> reference, int count) {
        List<String[]> chosen = new ArrayList<>();
        for (int index : permutation(reference.size())) {
            chosen.add(reference.get(index));
        }
        chosen = new ArrayList<>(chosen.subList(0, count));
        chosen.sort(Comparator.comparing(m -> m[0]));
        return chosen;
    }

    /**
     * Spreads the clients Zipf-like over a seeded ranking: each municipality gets the minimum plus a
     * share proportional to {@code (rank + offset)^-1.2}, rounded by largest remainder to the exact total.
     */
    private Map<String, Integer> sizes(List<String[]> chosen, int clients) {
        int count = chosen.size();
        int[] rank = permutation(count);
        double offset = NATIONAL_SIZE_OFFSET * (count - 1) / (ALL_MUNICIPALITIES - 1);
        double[] weight = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            weight[i] = StrictMath.pow(rank[i] + 1 + offset, -SIZE_EXPONENT);
            total += weight[i];
        }
        long rest = clients - (long) MIN_CLIENTS * count;
        int[] size = new int[count];
        double[] remainder = new double[count];
        long assigned = 0;
        for (int i = 0; i < count; i++) {
            double exact = rest * weight[i] / total;
            size[i] = MIN_CLIENTS + (int) exact;
            remainder[i] = exact - (int) exact;
            assigned += (int) exact;
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.<Integer>comparingDouble(i -> -remainder[i]).thenComparing(i -> i));
        for (int i = 0; i < rest - assigned; i++) {
            size[byRemainder.get(i)]++;
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            sizes.put(chosen.get(i)[0], size[i]);
        }
        return sizes;
    }

    /**
     * GRs of 3 to 5 seeded members until about a third of the municipalities belongs to one; the first
     * has 3 and is built around the largest municipality, as a regional centre.
     */
    private List<Chain> chains(List<String[]> chosen, Map<String, Integer> clients) {
        List<Chain> chains = new ArrayList<>();
        if (chosen.size() < 3) {
            return chains;
        }
        int[] order = permutation(chosen.size());
        for (int i = 1; i < order.length; i++) {
            if (clients.get(chosen.get(order[i])[0]) > clients.get(chosen.get(order[0])[0])) {
                int largest = order[i];
                order[i] = order[0];
                order[0] = largest;
            }
        }
        int target = Math.max(3, chosen.size() / 3);
        int covered = 0;
        while (covered + 3 <= target) {
            int size = chains.isEmpty() ? 3 : Math.min(between(random, 3, 5), target - covered);
            List<String> members = new ArrayList<>();
            for (int i = covered; i < covered + size; i++) {
                members.add(chosen.get(order[i])[0]);
            }
            members.sort(Comparator.naturalOrder());
            chains.add(chain(members, chains.isEmpty()));
            covered += size;
        }
        chains.sort(Comparator.comparing(Chain::grCode));
        return chains;
    }

    private Chain chain(List<String> codes, boolean first) {
        String digits = codes.get(0).substring(2);
        String region = "regio " + names.get(codes.get(0));
        String grCode = "GR-WERK-" + digits;
        LocalDate founded = LocalDate.of(until.getYear() - between(random, 6, 9), 1, 1);
        LocalDate joined = founded;
        if (first) {
            joined = until.minusMonths(10).withDayOfMonth(1);
        } else if (chance(random, 0.3)) {
            joined = until.minusMonths(between(random, 13, 60)).withDayOfMonth(1);
        }
        if (!joined.isAfter(founded)) {
            joined = founded;
        }
        List<Member> members = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            LocalDate from = i == codes.size() - 1 ? joined : founded;
            members.add(new Member(codes.get(i), from));
            coverage.add(new Coverage(codes.get(i), from, null));
        }
        bodies.add(new Body("CR-" + grCode, "Cliëntenraad Werk en Inkomen " + region, "CLIENTENRAAD_GR", false,
                coverage));
        if (first) {
            String late = codes.get(codes.size() - 1);
            LocalDate ownFounded = LocalDate.of(until.getYear() - between(random, 4, 8), 1, 1);
            bodies.add(new Body("CR-" + late, "Cliëntenraad Participatiewet " + names.get(late), "CLIENTENRAAD_PW",
                    false, List.of(new Coverage(late, ownFounded, joined))));
        }
        return new Chain(grCode, "Gemeenschappelijke regeling Werk en Inkomen " + region,
                "UITV-WERKBEDRIJF-" + digits, "Werkbedrijf " + region, members);
    }

    /** The {@code index}-th municipality outside a GR: its own advisory body, and sometimes a hired party. */
    private Town outsideChain(String code, int clients, int index) {
        String kind = switch (index) {
            case 0 -> "";
            case 1 -> "ADVIESRAAD_SD";
            case 2 -> "GECOMBINEERD";
            default -> OWN_BODY.pick(random);
        };
        String name = names.get(code);
        if (!kind.isEmpty()) {
            LocalDate founded = LocalDate.of(until.getYear() - between(random, 3, 10), 1, 1);
            String[] idAndName = switch (kind) {
                case "CLIENTENRAAD_PW" -> new String[] {"CR-", "Cliëntenraad Participatiewet "};
                case "GECOMBINEERD" -> new String[] {"PR-", "Participatieraad "};
                default -> new String[] {"ASD-", "Adviesraad Sociaal Domein "};
            };
            bodies.add(new Body(idAndName[0] + code, idAndName[1] + name, kind, index == 1,
                    List.of(new Coverage(code, founded, null))));
        }
        if (index % 5 == 4) {
            return new Town(code, name, clients, null, Plan.PRIVATE_EXECUTOR,
                    until.minusMonths(between(random, 6, 60)).withDayOfMonth(1));
        }
        return new Town(code, name, clients, null, null, null);
    }

    private int[] permutation(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
