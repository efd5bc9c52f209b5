package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    private static DatabaseSettings parse(String url) {
        return DatabaseUrl.parse("DATABASE_URL", url);
    }

    // --- URL forms ---

    @Test
    void parsesAsyncpgUrlWithPercentEncodedPassword() {
        DatabaseSettings settings = parse("postgresql+asyncpg://app:p%40ss%3Aw%2Frd@db.example.com:5433/shop");

        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.port()).isEqualTo(5433);
        assertThat(settings.database()).isEqualTo("shop");
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("p@ss:w/rd");
        assertThat(settings.source()).isEqualTo("DATABASE_URL");
    }

    @Test
    void parsesPlainPostgresqlUrl() {
        DatabaseSettings settings = parse("postgresql://alice:secret@localhost:5432/app");

        assertThat(settings.host()).isEqualTo("localhost");
        assertThat(settings.port()).isEqualTo(5432);
        assertThat(settings.database()).isEqualTo("app");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.sslMode()).isEqualTo(SslMode.PREFER);
        assertThat(settings.sslRootCert()).isNull();
        assertThat(settings.poolMode()).isEqualTo(PoolMode.SESSION);
    }

    @Test
    void parsesPostgresShortScheme() {
        DatabaseSettings settings = parse("postgres://alice:secret@db.internal:6000/app");

        assertThat(settings.host()).isEqualTo("db.internal");
        assertThat(settings.port()).isEqualTo(6000);
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void parsesSchemeCaseInsensitivelyAndTrimsWhitespace() {
        DatabaseSettings settings = parse("  POSTGRESQL://alice:secret@localhost/app  ");

        assertThat(settings.host()).isEqualTo("localhost");
        assertThat(settings.database()).isEqualTo("app");
    }

    @Test
    void parsesOtherSqlalchemyDriverSuffixes() {
        assertThat(parse("postgresql+psycopg://u:p@h/d").host()).isEqualTo("h");
        assertThat(parse("postgres+asyncpg://u:p@h/d").host()).isEqualTo("h");
    }

    @Test
    void parsesJdbcUrlWithCredentialsInUserInfo() {
        DatabaseSettings settings = parse("jdbc:postgresql://alice:secret@db.example.com:5433/app");

        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.port()).isEqualTo(5433);
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void parsesJdbcUrlWithCredentialsAsQueryParameters() {
        DatabaseSettings settings =
                parse("jdbc:postgresql://db.example.com:5433/app?user=alice&password=s%40cr%2Bt+x&sslmode=require");

        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.database()).isEqualTo("app");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("s@cr+t+x");
        assertThat(settings.sslMode()).isEqualTo(SslMode.REQUIRE);
    }

    @Test
    void userInfoWinsOverQueryParameterUser() {
        DatabaseSettings settings = parse("postgresql://bob@h/d?user=alice&password=pw");

        assertThat(settings.user()).isEqualTo("bob");
        assertThat(settings.password()).isEqualTo("pw");
    }

    @Test
    void parsesR2dbcUrl() {
        DatabaseSettings settings = parse("r2dbc:postgresql://alice:secret@db.example.com:5433/app");

        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.port()).isEqualTo(5433);
        assertThat(settings.database()).isEqualTo("app");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void parsesR2dbcPoolUrl() {
        DatabaseSettings settings = parse("r2dbc:pool:postgresql://alice:secret@db.example.com/app");

        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.port()).isEqualTo(5432);
        assertThat(settings.database()).isEqualTo("app");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void r2dbcsSchemeRequiresSsl() {
        assertThat(parse("r2dbcs:postgresql://u:p@h/d").sslMode()).isEqualTo(SslMode.REQUIRE);
    }

    // --- user, password, host, port, database ---

    @Test
    void decodesPercentEncodedUserAndKeepsLiteralPlus() {
        DatabaseSettings settings = parse("postgresql://us%65r%40corp:a+b%2Bc@h/d");

        assertThat(settings.user()).isEqualTo("user@corp");
        assertThat(settings.password()).isEqualTo("a+b+c");
    }

    @Test
    void acceptsUnencodedAtSignInPasswordByUsingTheLastAt() {
        DatabaseSettings settings = parse("postgresql://alice:p@ss@h/d");

        assertThat(settings.password()).isEqualTo("p@ss");
        assertThat(settings.host()).isEqualTo("h");
    }

    @Test
    void userWithoutPasswordHasNullPassword() {
        DatabaseSettings settings = parse("postgresql://alice@h/d");

        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isNull();
    }

    @Test
    void defaultsUserToPostgresWhenNoneGiven() {
        DatabaseSettings settings = parse("postgresql://h/d");

        assertThat(settings.user()).isEqualTo("postgres");
        assertThat(settings.password()).isNull();
    }

    @Test
    void parsesBracketedIpv6HostWithPort() {
        DatabaseSettings settings = parse("postgresql://u:p@[::1]:5433/d");

        assertThat(settings.host()).isEqualTo("::1");
        assertThat(settings.port()).isEqualTo(5433);
        assertThat(settings.hostAndPort()).isEqualTo("[::1]:5433");
    }

    @Test
    void parsesBracketedIpv6HostWithoutPort() {
        DatabaseSettings settings = parse("postgresql://u:p@[2001:db8::7]/d");

        assertThat(settings.host()).isEqualTo("2001:db8::7");
        assertThat(settings.port()).isEqualTo(5432);
    }

    @Test
    void defaultsPortTo5432() {
        assertThat(parse("postgresql://u:p@db.example.com/app").port()).isEqualTo(5432);
    }

    @Test
    void defaultsDatabaseToPostgresWithoutPath() {
        assertThat(parse("postgresql://u:p@h:5432").database()).isEqualTo("postgres");
    }

    @Test
    void defaultsDatabaseToPostgresWithEmptyPath() {
        assertThat(parse("postgresql://u:p@h:5432/").database()).isEqualTo("postgres");
        assertThat(parse("postgresql://u:p@h:5432/?sslmode=require").database()).isEqualTo("postgres");
    }

    @Test
    void decodesPercentEncodedDatabaseName() {
        assertThat(parse("postgresql://u:p@h/my%20db").database()).isEqualTo("my db");
    }

    // --- pool mode ---

    @Test
    void supabaseTransactionPoolerOn6543IsTransactionMode() {
        DatabaseSettings settings = parse(
                "postgresql://postgres.abcdefgh:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres");

        assertThat(settings.user()).isEqualTo("postgres.abcdefgh");
        assertThat(settings.host()).isEqualTo("aws-0-eu-central-1.pooler.supabase.com");
        assertThat(settings.port()).isEqualTo(6543);
        assertThat(settings.database()).isEqualTo("postgres");
        assertThat(settings.poolMode()).isEqualTo(PoolMode.TRANSACTION);
        assertThat(settings.isTransactionPooler()).isTrue();
    }

    @Test
    void supabaseSessionPoolerOn5432IsSessionMode() {
        DatabaseSettings settings = parse(
                "postgresql://postgres.abcdefgh:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres");

        assertThat(settings.poolMode()).isEqualTo(PoolMode.SESSION);
        assertThat(settings.isTransactionPooler()).isFalse();
    }

    @Test
    void pgbouncerParameterMeansTransactionMode() {
        assertThat(parse("postgresql://u:p@h:5432/d?pgbouncer=true").poolMode()).isEqualTo(PoolMode.TRANSACTION);
        assertThat(parse("postgresql://u:p@h:5432/d?pgbouncer=TRUE").poolMode()).isEqualTo(PoolMode.TRANSACTION);
        assertThat(parse("postgresql://u:p@h:5432/d?pgbouncer=false").poolMode()).isEqualTo(PoolMode.SESSION);
    }

    @Test
    void poolModeParseAcceptsBothModesAndRefusesOthers() {
        assertThat(PoolMode.parse("X", " Transaction ")).isEqualTo(PoolMode.TRANSACTION);
        assertThat(PoolMode.parse("X", "session")).isEqualTo(PoolMode.SESSION);
        assertThatThrownBy(() -> PoolMode.parse("STRATA_DB_POOL_MODE", "statement"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("STRATA_DB_POOL_MODE: ")
                .hasMessageContaining("statement");
    }

    // --- SSL ---

    @Test
    void defaultsSslModeToPrefer() {
        assertThat(parse("postgresql://u:p@h/d").sslMode()).isEqualTo(SslMode.PREFER);
    }

    @Test
    void sslRequireMeansRequire() {
        assertThat(parse("postgresql+asyncpg://u:p@h/d?ssl=require").sslMode()).isEqualTo(SslMode.REQUIRE);
    }

    @Test
    void sslTrueMeansRequireAndSslFalseMeansDisable() {
        assertThat(parse("postgresql://u:p@h/d?ssl=true").sslMode()).isEqualTo(SslMode.REQUIRE);
        assertThat(parse("postgresql://u:p@h/d?ssl=false").sslMode()).isEqualTo(SslMode.DISABLE);
    }

    @Test
    void sslmodeRequireVerifyFullAndDisable() {
        assertThat(parse("postgresql://u:p@h/d?sslmode=require").sslMode()).isEqualTo(SslMode.REQUIRE);
        assertThat(parse("postgresql://u:p@h/d?sslmode=verify-full").sslMode()).isEqualTo(SslMode.VERIFY_FULL);
        assertThat(parse("postgresql://u:p@h/d?sslmode=disable").sslMode()).isEqualTo(SslMode.DISABLE);
        assertThat(parse("postgresql://u:p@h/d?SSLMODE=Verify_CA").sslMode()).isEqualTo(SslMode.VERIFY_CA);
    }

    @Test
    void sslmodeWinsOverSsl() {
        assertThat(parse("postgresql://u:p@h/d?ssl=true&sslmode=verify-full").sslMode())
                .isEqualTo(SslMode.VERIFY_FULL);
    }

    @Test
    void keepsSslRootCert() {
        DatabaseSettings settings = parse("postgresql://u:p@h/d?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem");

        assertThat(settings.sslRootCert()).isEqualTo("/etc/ca.pem");
    }

    @Test
    void refusesUnknownSslmode() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@h/d?sslmode=maybe"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: unknown sslmode 'maybe'")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesUnknownSslValue() {
        assertThatThrownBy(() -> parse("postgresql://u:p@h/d?ssl=sometimes"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: unknown ssl 'sometimes'");
    }

    @Test
    void sslModeLibpqNames() {
        assertThat(SslMode.VERIFY_FULL.libpqName()).isEqualTo("verify-full");
        assertThat(SslMode.VERIFY_CA.libpqName()).isEqualTo("verify-ca");
        assertThat(SslMode.DISABLE.libpqName()).isEqualTo("disable");
    }

    // --- jdbcUrl and toString ---

    @Test
    void jdbcUrlCarriesSslModeAndApplicationNameButNoCredentials() {
        DatabaseSettings settings = parse("postgresql://alice:s3cr%40t@db.example.com:5433/app?sslmode=require");

        String jdbc = settings.jdbcUrl(DatabaseSettings.MIGRATION_APPLICATION_NAME);

        assertThat(jdbc).isEqualTo("jdbc:postgresql://db.example.com:5433/app?sslmode=require&ApplicationName=strata-migrate");
        assertThat(jdbc).doesNotContain("s3cr").doesNotContain("alice").doesNotContain("prepareThreshold");
    }

    @Test
    void jdbcUrlDisablesPreparedStatementsBehindTransactionPooler() {
        DatabaseSettings settings =
                parse("postgresql://postgres.abcdefgh:pw-secret@aws-0-eu-central-1.pooler.supabase.com:6543/postgres");

        String jdbc = settings.jdbcUrl(DatabaseSettings.MIGRATION_APPLICATION_NAME);

        assertThat(jdbc).startsWith("jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:6543/postgres?")
                .contains("sslmode=prefer")
                .contains("ApplicationName=strata-migrate")
                .contains("prepareThreshold=0")
                .doesNotContain("pw-secret");
    }

    @Test
    void jdbcUrlHasNoPrepareThresholdOnSessionPooler() {
        DatabaseSettings settings =
                parse("postgresql://postgres.abcdefgh:pw@aws-0-eu-central-1.pooler.supabase.com:5432/postgres");

        assertThat(settings.jdbcUrl(DatabaseSettings.RUNTIME_APPLICATION_NAME))
                .contains("ApplicationName=strata")
                .doesNotContain("prepareThreshold");
    }

    @Test
    void jdbcUrlBracketsIpv6AndEncodesDatabaseAndRootCert() {
        DatabaseSettings settings = parse("postgresql://u:p@[::1]:5433/my%20db?sslmode=verify-full&sslrootcert=%2Fca%20dir%2Fca.pem");

        assertThat(settings.jdbcUrl("strata-migrate")).isEqualTo(
                "jdbc:postgresql://[::1]:5433/my%20db?sslmode=verify-full&sslrootcert=%2Fca%20dir%2Fca.pem"
                        + "&ApplicationName=strata-migrate");
    }

    @Test
    void jdbcUrlReflectsForcedPoolMode() {
        DatabaseSettings settings = parse("postgresql://u:p@h/d").withPoolMode(PoolMode.TRANSACTION);

        assertThat(settings.jdbcUrl("strata-migrate")).contains("prepareThreshold=0");
    }

    @Test
    void toStringNeverContainsPassword() {
        DatabaseSettings settings = parse("postgresql://alice:Sup3rS3cret@db.example.com/app?sslmode=require");

        assertThat(settings.toString())
                .doesNotContain("Sup3rS3cret")
                .contains("alice@db.example.com:5432/app")
                .contains("sslmode=require")
                .contains("pool=session")
                .contains("DATABASE_URL");
    }

    @Test
    void describeIsHostPortAndDatabase() {
        assertThat(parse("postgresql://u:secret@h:5433/d").describe()).isEqualTo("h:5433/d");
    }

    @Test
    void withDatabaseReplacesOnlyTheDatabase() {
        DatabaseSettings settings = parse("postgresql://u:p@h:5433/d?sslmode=require");

        DatabaseSettings other = settings.withDatabase("other");

        assertThat(other.database()).isEqualTo("other");
        assertThat(other).isEqualTo(new DatabaseSettings("DATABASE_URL", "h", 5433, "other", "u", "p",
                SslMode.REQUIRE, null, PoolMode.SESSION));
    }

    // --- SQLite detection ---

    @Test
    void recognisesSqliteUrls() {
        assertThat(DatabaseUrl.isSqlite("sqlite:///./app.db")).isTrue();
        assertThat(DatabaseUrl.isSqlite(" SQLite+aiosqlite:///./app.db")).isTrue();
        assertThat(DatabaseUrl.isSqlite("postgresql://h/d")).isFalse();
    }

    // --- errors ---

    @Test
    void refusesNonNumericPort() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@h:abc/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: port 'abc'")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesPortZero() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@h:0/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: port '0' is not a number from 1 to 65535")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesPortAbove65535() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@h:70000/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: port '70000'")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesEmptyPort() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@h:/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: port ''");
    }

    @Test
    void refusesUnsupportedScheme() {
        assertThatThrownBy(() -> parse("mysql://root:hunter2@h:3306/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: unsupported scheme 'mysql'")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesMissingHostWithTripleSlash() {
        assertThatThrownBy(() -> parse("postgresql:///db"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: no host");
    }

    @Test
    void refusesMissingHostBeforePort() {
        assertThatThrownBy(() -> parse("postgresql://:5432/db"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: no host");
    }

    @Test
    void refusesMissingHostAfterCredentials() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2@/db"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: no host")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesTextThatIsNotAUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("SUPABASE_DB_URL", "host=db user=u password=hunter2"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("SUPABASE_DB_URL: not a URL")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesEmptyUserName() {
        assertThatThrownBy(() -> parse("postgresql://:hunter2@h/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: empty user name")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesBadPercentEncodingWithoutEchoingPassword() {
        assertThatThrownBy(() -> parse("postgresql://u:hunter2%zz@h/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: bad percent-encoding in the password")
                .message().doesNotContain("hunter2");
    }

    @Test
    void refusesSeveralHosts() {
        assertThatThrownBy(() -> parse("postgresql://u:p@h1:5432,h2:5432/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: ");
    }

    @Test
    void refusesUnclosedIpv6Bracket() {
        assertThatThrownBy(() -> parse("postgresql://u:p@[::1:5432/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: unclosed '['");
    }

    @Test
    void refusesGarbageAfterIpv6Bracket() {
        assertThatThrownBy(() -> parse("postgresql://u:p@[::1]x/d"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("DATABASE_URL: unexpected 'x' after the host");
    }

    @Test
    void passwordWithUnencodedSlashQuestionMarkAndAtIsKeptWhole() {
        DatabaseSettings settings = parse("postgresql://alice:My/Secret?2024@x@db.example.com:5432/app");
        assertThat(settings.password()).isEqualTo("My/Secret?2024@x");
        assertThat(settings.host()).isEqualTo("db.example.com");
        assertThat(settings.database()).isEqualTo("app");
    }

    @Test
    void allDigitPasswordBeforeSlashNeverBecomesHostOrPort() {
        DatabaseSettings settings = parse("postgresql://alice:12345/x@db.example.com/app");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.port()).isEqualTo(5432);
        assertThat(settings.describe()).doesNotContain("12345");
    }

    @Test
    void r2dbcsKeepsAStricterSslMode() {
        assertThat(parse("r2dbcs:postgresql://u:p@h/d?sslmode=verify-full").sslMode()).isEqualTo(SslMode.VERIFY_FULL);
        assertThat(parse("r2dbcs:postgresql://u:p@h/d?sslmode=disable").sslMode()).isEqualTo(SslMode.REQUIRE);
    }

    @Test
    void jdbcSslTrueKeepsPgjdbcMeaningOfVerifyFull() {
        assertThat(parse("jdbc:postgresql://h/d?ssl=true").sslMode()).isEqualTo(SslMode.VERIFY_FULL);
    }

    @Test
    void severalHostsWithPortsAreRefusedAsSeveralHosts() {
        assertThatThrownBy(() -> parse("postgresql://u:p@h1:5432,h2/d"))
                .isInstanceOf(StrataException.class).hasMessageContaining("several hosts");
    }
}
