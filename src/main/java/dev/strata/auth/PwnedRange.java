package dev.strata.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A password's place in Pwned Passwords' k-anonymity scheme: its SHA-1 in upper-case hex, split
 * into the 5-character {@code prefix} that is sent and the 35-character {@code suffix} that never
 * leaves the service. The range API answers every suffix under a prefix as {@code SUFFIX:COUNT}
 * lines; with {@code Add-Padding: true} it adds made-up suffixes with a count of 0, which do not
 * count.
 *
 * @param prefix the first 5 hex characters of the SHA-1, sent in the URL
 * @param suffix the other 35, compared here
 */
record PwnedRange(String prefix, String suffix) {

    private static final Pattern LINE = Pattern.compile("([0-9A-Fa-f]{35}):(\\d{1,12})");

    static PwnedRange of(String password) {
        String hex = HexFormat.of().withUpperCase().formatHex(sha1().digest(password.getBytes(StandardCharsets.UTF_8)));
        return new PwnedRange(hex.substring(0, 5), hex.substring(5));
    }

    /**
     * How many times the password was seen in breaches, by the range's answer: 0 when its suffix is
     * absent or only a padding entry. An answer that is not a range (empty, an HTML page from a
     * proxy) is refused rather than read as "not leaked".
     *
     * @throws IllegalArgumentException when the body is not a range answer
     */
    long count(String body) {
        long count = 0;
        int lines = 0;
        for (String line : body.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher entry = LINE.matcher(line.strip());
            if (!entry.matches()) {
                String shown = line.length() > 40 ? line.substring(0, 40) + "..." : line;
                throw new IllegalArgumentException("an answer that is not a hash range: '" + shown + "'");
            }
            lines++;
            if (entry.group(1).equalsIgnoreCase(suffix)) {
                count = Math.max(count, Long.parseLong(entry.group(2)));
            }
        }
        if (lines == 0) {
            throw new IllegalArgumentException("an empty hash range");
        }
        return count;
    }

    /** The prefix only: an unsalted SHA-1 suffix is nearly the password, and must not reach a log. */
    @Override
    public String toString() {
        return "PwnedRange[" + prefix + "]";
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
