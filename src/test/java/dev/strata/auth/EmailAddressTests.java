package dev.strata.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.web.ApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One spelling per mailbox: the canonical form, and the addresses refused. */
class EmailAddressTests {

    @Test
    void oneMailboxHasOneSpelling() {
        String canonical = "same@xn--exmple-cua.com";

        assertThat(EmailAddress.ofRequest("same@exämple.com")).isEqualTo(canonical);
        assertThat(EmailAddress.ofRequest("same@xn--exmple-cua.com")).isEqualTo(canonical);
        assertThat(EmailAddress.ofRequest("  Same@EXÄMPLE.COM\t")).isEqualTo(canonical);
        // NFKC: the fullwidth letters and the decomposed ä are the same characters.
        assertThat(EmailAddress.ofRequest("ｓａｍｅ@exa\u0308mple.com")).isEqualTo(canonical);
    }

    @Test
    void aLocalPartThatGrowsWhenLowerCasedKeepsItsDomain() {
        // U+0130 lower-cases to two chars, which moved the @ found before lower-casing.
        assertThat(EmailAddress.ofRequest("\u0130\u0130@Ex\u00e4mple.com")).isEqualTo("i\u0307i\u0307@xn--exmple-cua.com");
    }

    @Test
    void asciiAddressesAreLowerCasedAsTheyAlwaysWere() {
        assertThat(EmailAddress.ofRequest("Ann.Lee+tag@Example.COM")).isEqualTo("ann.lee+tag@example.com");
        assertThat(EmailAddress.canonical("Ann@Example.com")).isEqualTo("ann@example.com");
    }

    @Test
    void invisibleAndBidiCharactersAreRefusedNamingTheEmail() {
        for (String invisible : new String[] {"\u200b", "\u200d", "\u202e", "\u2066", "\u200f", "\ufeff", "\u00a0", "\u3164", " "}) {
            assertThatThrownBy(() -> EmailAddress.ofRequest("a" + invisible + "b@example.com"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo("validation_failed");
                        assertThat(e.extra().get("errors")).isEqualTo(Map.of("email",
                                "must not contain invisible, space or bidirectional-control characters"));
                    });
        }
    }

    @Test
    void anAddressLongerThanTheColumnOnceInAsciiIsRefused() {
        String local = "a".repeat(230);

        assertThat(EmailAddress.ofRequest(local + "@example.com")).hasSize(242);
        assertThatThrownBy(() -> EmailAddress.ofRequest(local + "@exämple-exämple.com")).isInstanceOf(ApiException.class);
    }
}
