package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.name;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTests {

    @Test
    void replacesABareIdentifier() {
        assertThat(Identifiers.replace("CHECK ((length(name) > 0))", "name", "full_name"))
                .isEqualTo("CHECK ((length(full_name) > 0))");
        assertThat(Identifiers.replace("UNIQUE (name, email)", "name", "full_name")).isEqualTo("UNIQUE (full_name, email)");
    }

    @Test
    void quotesTheNewNameWhenItMustBeQuoted() {
        assertThat(Identifiers.replace("UNIQUE (name)", "name", "Full Name")).isEqualTo("UNIQUE (\"Full Name\")");
        assertThat(Identifiers.replace("UNIQUE (name)", "name", "order")).isEqualTo("UNIQUE (\"order\")");
    }

    @Test
    void replacesAQuotedIdentifier() {
        assertThat(Identifiers.replace("UNIQUE (\"Name\", email)", "Name", "name")).isEqualTo("UNIQUE (name, email)");
        assertThat(Identifiers.replace("CHECK ((\"we\"\"ird\" > 0))", "we\"ird", "Odd")).isEqualTo("CHECK ((\"Odd\" > 0))");
    }

    @Test
    void leavesLongerIdentifiersAlone() {
        assertThat(Identifiers.replace("UNIQUE (surname, name_2, nickname, \"name x\")", "name", "n"))
                .isEqualTo("UNIQUE (surname, name_2, nickname, \"name x\")");
    }

    @Test
    void leavesQualifiedNamesAlone() {
        assertThat(Identifiers.replace("REFERENCES public.name(id)", "name", "n")).isEqualTo("REFERENCES public.name(id)");
        assertThat(Identifiers.replace("REFERENCES public.\"Name\"(id)", "Name", "n"))
                .isEqualTo("REFERENCES public.\"Name\"(id)");
    }

    @Test
    void leavesStringLiteralsAlone() {
        assertThat(Identifiers.replace("CHECK ((name <> 'name'::text))", "name", "n"))
                .isEqualTo("CHECK ((n <> 'name'::text))");
        assertThat(Identifiers.replace("CHECK ((name <> 'no name here'::text))", "name", "n"))
                .isEqualTo("CHECK ((n <> 'no name here'::text))");
        assertThat(Identifiers.replace("CHECK ((name <> 'it''s name'::text))", "name", "n"))
                .isEqualTo("CHECK ((n <> 'it''s name'::text))");
    }

    @Test
    void readsAQuoteInsideAQuotedIdentifierAsPartOfIt() {
        assertThat(Identifiers.replace("CHECK (((\"it's\" > 0) AND (name <> 'x'::text)))", "name", "n"))
                .isEqualTo("CHECK (((\"it's\" > 0) AND (n <> 'x'::text)))");
        assertThat(Identifiers.replace("CHECK ((\"it's\" > 0))", "it's", "its")).isEqualTo("CHECK ((its > 0))");
    }

    @Test
    void leavesTypeNamesInCastsAlone() {
        assertThat(Identifiers.replace("CHECK ((text <> ''::text))", "text", "body"))
                .isEqualTo("CHECK ((body <> ''::text))");
        assertThat(Identifiers.replace("CHECK ((date > '2000-01-01'::date))", "date", "day"))
                .isEqualTo("CHECK ((day > '2000-01-01'::date))");
    }

    @Test
    void replacesAQualifiedTableNameOnlyAsAWholeName() {
        assertThat(Identifiers.replaceTable("FOREIGN KEY (a) REFERENCES public.users(id)", name("users"), name("people")))
                .isEqualTo("FOREIGN KEY (a) REFERENCES public.people(id)");
        assertThat(Identifiers.replaceTable("REFERENCES public.users_archive(id)", name("users"), name("people")))
                .isEqualTo("REFERENCES public.users_archive(id)");
        assertThat(Identifiers.replaceTable("CREATE INDEX i ON \"App\".\"User\" USING btree (id)", name("App.User"),
                name("App.Person"))).isEqualTo("CREATE INDEX i ON \"App\".\"Person\" USING btree (id)");
    }

    @Test
    void renamesAReferencedColumnOnlyInsideTheReferencedList() {
        assertThat(Identifiers.replaceReferencedColumn("FOREIGN KEY (name, org) REFERENCES public.t(name, org) ON DELETE "
                + "CASCADE", name("t"), "name", "title"))
                .isEqualTo("FOREIGN KEY (name, org) REFERENCES public.t(title, org) ON DELETE CASCADE");
        assertThat(Identifiers.replaceReferencedColumn("FOREIGN KEY (name) REFERENCES public.other(name)", name("t"),
                "name", "title")).isEqualTo("FOREIGN KEY (name) REFERENCES public.other(name)");
    }
}
