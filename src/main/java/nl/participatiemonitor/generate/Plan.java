package nl.participatiemonitor.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The fixed structure of one run, small enough to hold: the municipalities with their number of
 * clients, the execution chains (GR and executing party) and the advisory bodies with their coverage.
 * Everything with many rows (clients, contacts, complaints, advice) is derived from it while writing.
 */
record Plan(long seed, LocalDate until, List<Town> towns, List<Chain> chains, List<Body> bodies) {

    /** The executing party that some municipalities outside a GR hire. */
    static final String PRIVATE_EXECUTOR = "UITV-WERKFIT";
    static final String PRIVATE_EXECUTOR_NAME = "WerkFit Re-integratie B.V.";

    /** Events lie after this day: the two years up to {@link #until()}. */
    LocalDate windowStart() {
        return until.minusYears(2);
    }

    /** The reference dates of the advisory body facts: a year before until and the start of its quarter. */
    List<LocalDate> peildata() {
        return List.of(until.minusYears(1), quarterStart(until));
    }

    /** The quarter containing until, such as {@code 2026-Q4}. */
    String period() {
        return until.getYear() + "-Q" + ((until.getMonthValue() - 1) / 3 + 1);
    }

    /** The bodies that cover the municipality at some time, in id order. */
    List<Body> bodiesOf(String municipality) {
        return bodies.stream().filter(b -> b.coverage().stream().anyMatch(c -> c.municipality().equals(municipality)))
                .toList();
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /**
     * A municipality in the run. {@code grCode} is its GR (or null); {@code executorCode} the executing
     * party working for it from {@code chainFrom} (or null).
     */
    record Town(String code, String name, int clients, String grCode, String executorCode, LocalDate chainFrom) {

        /** The source id of its delivery, the code in lower case. */
        String source() {
            return code.toLowerCase(Locale.ROOT);
        }

        /** The four digits of the code, used in record ids. */
        String digits() {
            return code.substring(2);
        }

        /** Whether the chain (GR or executing party) worked for this municipality on that day. */
        boolean chainOn(LocalDate day) {
            return chainFrom != null && !day.isBefore(chainFrom);
        }
    }

    /** A GR with its executing party and its members. */
    record Chain(String grCode, String grName, String executorCode, String executorName, List<Member> members) {
    }

    /** Membership of a GR from a date, open-ended. */
    record Member(String municipality, LocalDate from) {
    }

    /** An advisory body; {@code withoutClientMembers} keeps leden_pw_client at 0. */
    record Body(String id, String name, String kind, boolean withoutClientMembers, List<Coverage> coverage) {

        boolean covers(String municipality, LocalDate day) {
            return coverage.stream().anyMatch(c -> c.municipality().equals(municipality) && c.covers(day));
        }

        boolean coversAnyone(LocalDate day) {
            return coverage.stream().anyMatch(c -> c.covers(day));
        }

        /** The first day it covered anyone. */
        LocalDate founded() {
            return coverage.stream().map(Coverage::from).min(LocalDate::compareTo).orElseThrow();
        }
    }

    /** A body covers a municipality from {@code from} up to {@code to} (exclusive; null = open). */
    record Coverage(String municipality, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }
}
