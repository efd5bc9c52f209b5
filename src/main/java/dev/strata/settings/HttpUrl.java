package dev.strata.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An http(s) URL setting: parsed, its one trailing slash dropped, refused naming the variable and
 * showing an example. Each caller adds the rules of its own URL (no path, no query).
 *
 * @param variable the variable's name, first in every message
 * @param example a good value, shown after the problem
 */
record HttpUrl(String variable, String example) {

    URI parse(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw refuse(value, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw refuse(value, "expected an http(s) URL");
        }
        return uri;
    }

    StrataException refuse(String value, String problem) {
        return new StrataException(variable + ": " + problem + ", such as " + example + "; got '" + value + "'");
    }
}
