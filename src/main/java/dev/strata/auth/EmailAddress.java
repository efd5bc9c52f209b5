package dev.strata.auth;

import dev.strata.web.ApiException;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * One spelling per mailbox, so one mailbox is one account: trimmed, Unicode NFKC, lower-cased as
 * a whole (addresses have always been stored lower-cased, so existing accounts are found as
 * before), and the domain in its ASCII form (IDNA, {@link IDN#toASCII}), so {@code exämple.com}
 * and {@code xn--exmple-cua.com} are one domain. An address with an invisible or
 * bidirectional-control character (U+200B, U+202E, ...) is refused: it would look like another.
 * Register and login apply it in both user stores; the addresses Supabase hands back get it too.
 */
public final class EmailAddress {

    /** The {@code users.email} column's width. */
    private static final int MAX_LENGTH = 255;

    private EmailAddress() {
    }

    /** The canonical form of an address a request brings; 422 {@code validation_failed} naming {@code email} otherwise. */
    static String ofRequest(String address) {
        try {
            return canonicalOrFail(address);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Some fields are invalid.",
                    Map.of("errors", Map.of("email", e.getMessage())));
        }
    }

    /** The canonical form of an address Supabase Auth holds; one it cannot have accepted is only trimmed and lower-cased. */
    public static String canonical(String address) {
        try {
            return canonicalOrFail(address);
        } catch (IllegalArgumentException e) {
            return address.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static String canonicalOrFail(String address) {
        String text = Normalizer.normalize(address, Normalizer.Form.NFKC).strip();
        if (text.codePoints().anyMatch(EmailAddress::invisible)) {
            throw new IllegalArgumentException("must not contain invisible, space or bidirectional-control characters");
        }
        String canonical = text.toLowerCase(Locale.ROOT);
        // Found after lower-casing, which can change the length (U+0130 becomes two chars).
        int at = canonical.lastIndexOf('@');
        if (at > 0 && at < canonical.length() - 1) {
            String domain;
            try {
                domain = IDN.toASCII(canonical.substring(at + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a well-formed email address", e);
            }
            canonical = canonical.substring(0, at + 1) + domain.toLowerCase(Locale.ROOT);
        }
        if (canonical.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters in its ASCII form");
        }
        return canonical;
    }

    /**
     * Format characters (zero-width spaces and joiners, bidirectional marks, embeddings, overrides
     * and isolates, the BOM), controls, any space, and the fillers that render as nothing.
     */
    private static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                    || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x180B && c <= 0x180F) || (c >= 0xE0100 && c <= 0xE01EF);
        };
    }
}
