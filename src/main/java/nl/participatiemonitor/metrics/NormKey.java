package nl.participatiemonitor.metrics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One setting of config/normen.yml: section and key, the values it accepts and the field of {@link Norms} it fills. */
enum NormKey {
    LANGDURIG_MAANDEN("normen", "langdurig_maanden", 0, Norms::langdurigMaanden),
    CONTACT_VENSTER_MAANDEN("normen", "contact_venster_maanden", 0, Norms::contactVensterMaanden),
    ONTVANGSTBEVESTIGING_DAGEN("normen", "ontvangstbevestiging_dagen", 0, Norms::ontvangstbevestigingDagen),
    ADVIES_REACTIETERMIJN_DAGEN("normen", "advies_reactietermijn_dagen", 0, Norms::adviesReactietermijnDagen),
    EVALUATIE_INTERVAL_JAREN("normen", "evaluatie_interval_jaren", 0, Norms::evaluatieIntervalJaren),
    K("normen", "k", 1, Norms::k),
    MIN_NOEMER("normen", "min_noemer", 1, Norms::minNoemer),
    DEFINITIEF_NA_DAGEN("normen", "definitief_na_dagen", 0, Norms::definitiefNaDagen),
    S2_KLACHTEN_TIJDIG_MINIMUM("signalen", "S2_klachten_tijdig_minimum", Norms::s2KlachtenTijdigMinimum),
    S5_ADVIEZEN_GEMOTIVEERD_MINIMUM("signalen", "S5_adviezen_gemotiveerd_minimum",
            Norms::s5AdviezenGemotiveerdMinimum),
    S6_BEREIK_LANGDURIG_MINIMUM("signalen", "S6_bereik_langdurig_minimum", Norms::s6BereikLangdurigMinimum);

    private final String section;
    private final String key;
    /** Smallest whole number allowed, or null for a threshold (a fraction from 0 to 1). */
    private final Integer minimum;
    private final Function<Norms, Number> field;

    NormKey(String section, String key, int minimum, Function<Norms, Number> field) {
        this.section = section;
        this.key = key;
        this.minimum = minimum;
        this.field = field;
    }

    NormKey(String section, String key, Function<Norms, Number> field) {
        this.section = section;
        this.key = key;
        this.minimum = null;
        this.field = field;
    }

    static List<NormKey> inSection(String section) {
        return Arrays.stream(values()).filter(k -> k.section.equals(section)).toList();
    }

    String key() {
        return key;
    }

    /** The key as written under the general sections, such as {@code normen.k}. */
    String path() {
        return section + "." + key;
    }

    /** The value written in the file, or empty when this setting does not accept it. */
    Optional<Number> parse(String text) {
        if (minimum != null) {
            return text.matches("[0-9]{1,9}") && Integer.parseInt(text) >= minimum
                    ? Optional.of(Integer.parseInt(text)) : Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String expectedDutch() {
        return minimum == null ? "een fractie van 0 tot en met 1 (0.90 is 90%)"
                : "een geheel getal van " + minimum + " of meer";
    }

    String expectedEnglish() {
        return minimum == null ? "a fraction from 0 to 1 (0.90 is 90%)" : "a whole number of " + minimum + " or more";
    }

    static String format(Number value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    static Map<NormKey, Number> valuesOf(Norms norms) {
        Map<NormKey, Number> values = new EnumMap<>(NormKey.class);
        for (NormKey key : values()) {
            values.put(key, key.field.apply(norms));
        }
        return values;
    }

    static Norms toNorms(Map<NormKey, Number> values) {
        return new Norms(values.get(LANGDURIG_MAANDEN).intValue(), values.get(CONTACT_VENSTER_MAANDEN).intValue(),
                values.get(ONTVANGSTBEVESTIGING_DAGEN).intValue(), values.get(ADVIES_REACTIETERMIJN_DAGEN).intValue(),
                values.get(EVALUATIE_INTERVAL_JAREN).intValue(), values.get(K).intValue(),
                values.get(MIN_NOEMER).intValue(), values.get(DEFINITIEF_NA_DAGEN).intValue(),
                (BigDecimal) values.get(S2_KLACHTEN_TIJDIG_MINIMUM),
                (BigDecimal) values.get(S5_ADVIEZEN_GEMOTIVEERD_MINIMUM),
                (BigDecimal) values.get(S6_BEREIK_LANGDURIG_MINIMUM));
    }
}
