package nl.participatiemonitor.metrics;

/** A signal for the raad: the figure, the norm it misses and where that norm comes from, in plain words. */
public record Signal(String municipality, String period, String code, String indicator, String dimension, String value,
        String norm, String normSource, String text) {
}
