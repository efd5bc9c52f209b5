package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotComparedTextTests {

    @Test
    void oneLineWithEachKindCountedSingularOrPluralInTheGivenOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("publication", 2);
        counts.put("event trigger", 1);
        counts.put("text search dictionary", 3);
        counts.put("materialized view index", 2);
        counts.put("operator class", 4);

        assertThat(NotComparedText.line(counts)).contains("not compared: 2 publications, 1 event trigger, "
                + "3 text search dictionaries, 2 materialized view indexes, 4 operator classes");
    }

    @Test
    void nothingWhenEverythingWasCompared() {
        assertThat(NotComparedText.line(Map.of())).isEmpty();
    }

    @Test
    void pluralsOfEveryKindTheInspectorCounts() {
        assertThat(NotComparedText.plural("foreign-data wrapper")).isEqualTo("foreign-data wrappers");
        assertThat(NotComparedText.plural("statistics object")).isEqualTo("statistics objects");
        assertThat(NotComparedText.plural("key")).isEqualTo("keys");
        assertThat(NotComparedText.plural("cast")).isEqualTo("casts");
    }
}
