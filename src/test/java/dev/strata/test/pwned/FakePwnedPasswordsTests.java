package dev.strata.test.pwned;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The fake answers in the real API's shape, so what the service reads is what it would read from HaveIBeenPwned. */
class FakePwnedPasswordsTests {

    private static final FakePwnedPasswords FAKE = FakePwnedPasswords.start();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void aRangeIsPlainTextSuffixCountLinesBetweenCrLf() throws Exception {
        // SHA-1("password") is 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8.
        assertThat(FakePwnedPasswords.sha1("password")).isEqualTo("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
        FAKE.leak("password", 9_545_824);

        HttpResponse<String> response = get("/range/5baa6", false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain");
        List<String> lines = List.of(response.body().split("\r\n", -1));
        assertThat(lines).allMatch(line -> line.matches("[0-9A-F]{35}:[1-9][0-9]*"), "SUFFIX:COUNT, no padding");
        assertThat(lines).contains("1E4C9B93F3F0682250B6CF8331B7EE68FD8:9545824").hasSizeGreaterThan(10);
        assertThat(response.body()).doesNotContain("\n\n").doesNotEndWith("\n");
    }

    @Test
    void paddingAddsCountZeroLinesUpTo800To1000() throws Exception {
        FAKE.padWith("padded password");
        String suffix = FakePwnedPasswords.sha1("padded password").substring(5);

        HttpResponse<String> response = get("/range/" + FakePwnedPasswords.sha1("padded password").substring(0, 5), true);

        List<String> lines = List.of(response.body().split("\r\n", -1));
        assertThat(lines).hasSizeBetween(800, 1000).allMatch(line -> line.matches("[0-9A-F]{35}:[0-9]+"))
                .contains(suffix + ":0").anyMatch(line -> line.endsWith(":0") && !line.startsWith(suffix));
        assertThat(lines.stream().map(line -> line.substring(0, 35)).distinct()).hasSameSizeAs(lines);
    }

    @Test
    void aPrefixThatIsNotFiveHexCharactersIs400() throws Exception {
        for (String prefix : List.of("5BAA", "5BAA61", "5BAAG", "")) {
            HttpResponse<String> response = get("/range/" + prefix, true);

            assertThat(response.statusCode()).as(prefix).isEqualTo(400);
            assertThat(response.body()).isEqualTo("The hash prefix was not in a valid format");
        }
    }

    private static HttpResponse<String> get(String path, boolean padded) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(FAKE.url() + path)).timeout(Duration.ofSeconds(10));
        if (padded) {
            request.header("Add-Padding", "true");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
