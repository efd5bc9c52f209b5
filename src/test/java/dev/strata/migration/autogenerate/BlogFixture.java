package dev.strata.migration.autogenerate;

import java.util.Map;

/** Entities a developer adds to the project: a new entity with an enum and a foreign key, then a new field. */
final class BlogFixture {

    private static final String STATE = """
            package fixture.blog;
            public enum PostState { DRAFT, PUBLISHED }
            """;

    private static final String POST = """
            package fixture.blog;
            import dev.strata.user.User;
            import jakarta.persistence.*;
            import java.time.OffsetDateTime;
            import org.hibernate.annotations.ColumnDefault;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;
            @Entity
            @Table(name = "posts")
            public class Post {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                @ManyToOne(optional = false) private User user;
                @Column(nullable = false, length = 200) private String title;
                @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @Column(nullable = false)
                @ColumnDefault("'DRAFT'") private PostState state;
                @Column(nullable = false) @ColumnDefault("now()") private OffsetDateTime createdAt;
                %s
            }
            """;

    /** A post table: enum state, user_id referencing users. */
    static final Map<String, String> POSTS = Map.of("fixture.blog.PostState", STATE,
            "fixture.blog.Post", POST.formatted(""));

    /** The same with one more field. */
    static final Map<String, String> POSTS_WITH_SUMMARY = Map.of("fixture.blog.PostState", STATE,
            "fixture.blog.Post", POST.formatted("@Column(length = 500) private String summary;"));

    /** The same with a third state. */
    static final Map<String, String> POSTS_WITH_ARCHIVED = Map.of(
            "fixture.blog.PostState", STATE.replace("PUBLISHED }", "PUBLISHED, ARCHIVED }"),
            "fixture.blog.Post", POST.formatted(""));

    /** The same with the title renamed to headline. */
    static final Map<String, String> POSTS_WITH_HEADLINE = Map.of("fixture.blog.PostState", STATE,
            "fixture.blog.Post", POST.formatted("").replace("private String title;", "private String headline;"));

    private BlogFixture() {
    }
}
