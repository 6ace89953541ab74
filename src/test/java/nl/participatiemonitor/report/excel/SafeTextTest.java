package nl.participatiemonitor.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void prefixesTextThatASpreadsheetWouldReadAsAFormula() {
        assertThat(SafeText.of("=1+1")).isEqualTo("\u2019=1+1");
        assertThat(SafeText.of("+31 6 12345678")).isEqualTo("\u2019+31 6 12345678");
        assertThat(SafeText.of("-2+3")).isEqualTo("\u2019-2+3");
        assertThat(SafeText.of("@SUM(A1)")).isEqualTo("\u2019@SUM(A1)");
        assertThat(SafeText.of("\t=1")).isEqualTo("\u2019\t=1");
        assertThat(SafeText.of("\r=1")).isEqualTo("\u2019\r=1");
    }

    @Test
    void leavesOrdinaryTextAndTheNoValueMarkerAlone() {
        assertThat(SafeText.of("Súdwest-Fryslân")).isEqualTo("Súdwest-Fryslân");
        assertThat(SafeText.of("-")).isEqualTo("-");
        assertThat(SafeText.of("<5")).isEqualTo("<5");
        assertThat(SafeText.of("")).isEmpty();
    }
}
