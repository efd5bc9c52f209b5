package dev.strata.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PwnedRangeTests {

    // SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
    private static final PwnedRange PASSWORD = PwnedRange.of("password");

    @Test
    void splitsTheUpperCaseSha1IntoTheSentPrefixAndTheKeptSuffix() {
        assertThat(PASSWORD.prefix()).isEqualTo("5BAA6");
        assertThat(PASSWORD.suffix()).isEqualTo("1E4C9B93F3F0682250B6CF8331B7EE68FD8");
        assertThat(PASSWORD.toString()).doesNotContain(PASSWORD.suffix()).contains("5BAA6");
        // UTF-8, as the API hashes it: SHA-1("pässwörd") differs from its Latin-1 hash.
        assertThat(PwnedRange.of("pässwörd").prefix()).isEqualTo("F517D");
    }

    @Test
    void countsTheSuffixWhenListedAboveZero() {
        String body = "003D68EB55068C33ACE09247EE4C639306B:3\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824\r\n"
                + "01330C689E5D64F660D6947A93AD634EF8F:0";

        assertThat(PASSWORD.count(body)).isEqualTo(9_545_824);
        assertThat(PASSWORD.count(body.replace("\r\n", "\n").toLowerCase(Locale.ROOT))).isEqualTo(9_545_824);
    }

    @Test
    void aPaddingLineOrAnAbsentSuffixCountsZero() {
        assertThat(PASSWORD.count("1E4C9B93F3F0682250B6CF8331B7EE68FD8:0\r\n003D68EB55068C33ACE09247EE4C639306B:3")).isZero();
        assertThat(PASSWORD.count("003D68EB55068C33ACE09247EE4C639306B:3\r\n")).isZero();
    }

    @Test
    void anAnswerThatIsNotARangeIsRefusedNotReadAsClean() {
        assertThatThrownBy(() -> PASSWORD.count("")).hasMessage("an empty hash range");
        assertThatThrownBy(() -> PASSWORD.count("<html><body>Sign in to the Wi-Fi</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("an answer that is not a hash range");
        assertThatThrownBy(() -> PASSWORD.count("1E4C9B93F3F0682250B6CF8331B7EE68FD8:many"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
