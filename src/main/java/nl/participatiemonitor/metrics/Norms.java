package nl.participatiemonitor.metrics;

import java.math.BigDecimal;

/**
 * The norms ({@code N.*} of METRICS.md) and signal thresholds in force for one municipality; thresholds are
 * fractions, so 0.90 means 90%.
 */
public record Norms(int langdurigMaanden, int contactVensterMaanden, int ontvangstbevestigingDagen,
        int adviesReactietermijnDagen, int evaluatieIntervalJaren, int k, int minNoemer, int definitiefNaDagen,
        BigDecimal s2KlachtenTijdigMinimum, BigDecimal s5AdviezenGemotiveerdMinimum,
        BigDecimal s6BereikLangdurigMinimum) {

    private static final Norms DEFAULTS = new Norms(12, 12, 7, 42, 4, 5, 10, 60,
            new BigDecimal("0.90"), new BigDecimal("1.00"), new BigDecimal("0.75"));

    /** The defaults of METRICS.md, used for whatever config/normen.yml does not set. */
    public static Norms defaults() {
        return DEFAULTS;
    }
}
