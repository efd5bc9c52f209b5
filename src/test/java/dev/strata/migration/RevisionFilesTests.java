package dev.strata.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionFilesTests {

    @TempDir
    Path db;

    @Test
    void twoRevisionsOfTheSameSecondGetDifferentVersionsWhateverTheirMessages() throws IOException {
        Files.createDirectories(db.resolve("migration"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);

        RevisionFiles.Created first = RevisionFiles.create(db, "add posts", clock);
        RevisionFiles.Created second = RevisionFiles.create(db, "post summary", clock);

        assertThat(first.up().getFileName()).hasToString("V20261121093000__add_posts.sql");
        assertThat(second.up().getFileName()).hasToString("V20261121093001__post_summary.sql");
        assertThat(second.down()).exists();
    }

    @Test
    void contentsAreMadeFromTheChosenFileName() throws IOException {
        Files.createDirectories(db.resolve("migration"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);

        RevisionFiles.Created created = RevisionFiles.create(db, "enum value", clock,
                name -> new RevisionFiles.Contents("up of " + name, "down of " + name, "executeInTransaction=false\n"));

        assertThat(created.up()).hasContent("up of V20261121093000__enum_value.sql");
        assertThat(created.down()).hasContent("down of V20261121093000__enum_value.sql");
        assertThat(db.resolve("migration/V20261121093000__enum_value.sql.conf")).hasContent("executeInTransaction=false");
    }
}
