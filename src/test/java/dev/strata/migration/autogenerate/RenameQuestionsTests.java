package dev.strata.migration.autogenerate;

import static dev.strata.schema.Schemas.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The rename question's words and how an answer typed at the terminal is read. */
class RenameQuestionsTests {

    @Test
    void asksInTheWordsOfTheRenameArgument() {
        assertThat(RenameQuestions.question(new RenameHint(new Rename(name("users"), "name", "full_name"), "text")))
                .isEqualTo("Was users.name renamed to users.full_name? [y/N]");
        assertThat(RenameQuestions.question(new RenameHint(new Rename(name("app.orders"), null, "purchases"), null)))
                .isEqualTo("Was app.orders renamed to app.purchases? [y/N]");
    }

    @Test
    void yesIsYOrYesAndEverythingElseIncludingNoAnswerIsNo() {
        StringWriter shown = new StringWriter();
        RenameQuestions questions = RenameQuestions.reading(new BufferedReader(new StringReader("y\n YES \nn\n\nmaybe\n")),
                new PrintWriter(shown));

        assertThat(questions.confirm("Q1?")).isTrue();
        assertThat(questions.confirm("Q2?")).isTrue();
        assertThat(questions.confirm("Q3?")).isFalse();
        assertThat(questions.confirm("Q4?")).isFalse();
        assertThat(questions.confirm("Q5?")).isFalse();
        assertThat(questions.confirm("Q6?")).isFalse();
        assertThat(shown.toString()).isEqualTo("Q1? Q2? Q3? Q4? Q5? Q6? ");
        assertThat(RenameQuestions.none().confirm("Q?")).isFalse();
    }
}
