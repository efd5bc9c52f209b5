package dev.strata.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * The {@code users} table: the one model of it. Hibernate renders the desired schema from these
 * annotations ({@code db revision --autogenerate}); the runtime reads rows into this class
 * ({@link UserRepository}, through {@link dev.strata.persistence.EntityRows}). Column names are the
 * fields in snake case. The {@code updated_at} trigger is declarative SQL ({@code db/schema/}).
 * Its JPA entity name is {@code StrataUser}, not the default {@code User}, so that an application
 * entity called {@code User} can be rendered beside it (entity names must be unique).
 */
@Entity(name = "StrataUser")
@Table(name = "users",
        uniqueConstraints = @UniqueConstraint(name = "users_email_key", columnNames = "email"),
        indexes = @Index(name = "users_created_at_idx", columnList = "created_at"))
public class User {

    @Id
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(length = 100)
    private @Nullable String fullName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    @ColumnDefault("'active'")
    private UserStatus status;

    @Column(nullable = false)
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    @ColumnDefault("now()")
    private OffsetDateTime updatedAt;

    /** For the mappers, which fill the fields from a row. */
    protected User() {
    }

    /** The profile the API shows. */
    public UserProfile profile() {
        return new UserProfile(id, email, fullName, createdAt);
    }
}
