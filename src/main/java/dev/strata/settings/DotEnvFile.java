package dev.strata.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} file: {@code KEY=value} lines, optional {@code export }, comments, single
 * or double quotes (double quotes understand {@code \n}, {@code \"} and {@code \\}). Real
 * environment variables always win over it; that merge happens in the callers.
 */
final class DotEnvFile {

    private DotEnvFile() {
    }

    /** The variables of the file, or an empty map when there is no file. */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new StrataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> parse(List<String> lines, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip();
            if (!key.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                throw new StrataException(source + " line " + (i + 1) + ": expected KEY=value");
            }
            values.put(key, value(line.substring(eq + 1).strip(), source, i + 1));
        }
        return values;
    }

    private static String value(String raw, String source, int lineNumber) {
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            char quote = raw.charAt(0);
            int end = closingQuote(raw, quote);
            if (end < 0) {
                throw new StrataException(source + " line " + lineNumber + ": unterminated " + quote + " quote");
            }
            String trailing = raw.substring(end + 1).strip();
            if (!trailing.isEmpty() && !trailing.startsWith("#")) {
                throw new StrataException(source + " line " + lineNumber + ": unexpected text after the closing quote");
            }
            String inner = raw.substring(1, end);
            return quote == '"' ? unescape(inner) : inner;
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }

    private static int closingQuote(String raw, char quote) {
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String inner) {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char next = inner.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
