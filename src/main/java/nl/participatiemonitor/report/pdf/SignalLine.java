package nl.participatiemonitor.report.pdf;

import java.util.Objects;

/** A signal in plain words: what is the matter, the norm it is measured against and where that norm comes from. */
public record SignalLine(String code, String text, String norm, String normSource) {

    public SignalLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(normSource, "normSource");
    }
}
