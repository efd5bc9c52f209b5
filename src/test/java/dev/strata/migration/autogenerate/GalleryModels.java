package dev.strata.migration.autogenerate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model gallery's applications, as Java sources (class name to text), written in the shapes
 * real teams write: a shop, a clinic and a multi-tenant SaaS on Supabase. Together they cover
 * the common mappings: named enums, {@code @Enumerated} STRING and ORDINAL, joined, table-per-class
 * and single-table inheritance, {@code @Embedded} with a nested embeddable,
 * {@code @ElementCollection}, {@code @ManyToMany} join tables, {@code @Version},
 * {@code @Table(indexes, uniqueConstraints)}, {@code @OrderColumn}, BigDecimal precision,
 * {@code @Lob}, UUID and String keys, a shared {@code @SequenceGenerator}, Bean Validation.
 */
final class GalleryModels {

    private static final String IMPORTS = """
            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.type.SqlTypes;
            """;

    private GalleryModels() {
    }

    /** A shop: products with String-keyed categories, customers, orders with ordered lines. */
    static Map<String, String> shop() {
        Map<String, String> sources = new LinkedHashMap<>();
        put(sources, "fixture.gallery.shop", "OrderState", "public enum OrderState { CART, PLACED, SHIPPED }");
        put(sources, "fixture.gallery.shop", "Geo", """
                @Embeddable
                public class Geo {
                    @Column(precision = 9, scale = 6) private BigDecimal latitude;
                    @Column(precision = 9, scale = 6) private BigDecimal longitude;
                }""");
        put(sources, "fixture.gallery.shop", "Address", """
                @Embeddable
                public class Address {
                    @Size(max = 200) private String street;
                    @Size(max = 100) private String city;
                    @Embedded private Geo geo;
                }""");
        put(sources, "fixture.gallery.shop", "Category", """
                @Entity
                @Table(name = "categories")
                public class Category {
                    @Id @Column(length = 40) private String code;
                    @NotBlank private String title;
                }""");
        put(sources, "fixture.gallery.shop", "Product", """
                @Entity
                @Table(name = "products", indexes = @Index(columnList = "name"))
                public class Product {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                    @NotBlank @Size(max = 120) private String name;
                    @NotNull @Column(precision = 10, scale = 2) private BigDecimal price;
                    @Lob private String description;
                    @Version private long version;
                    @ElementCollection @CollectionTable(name = "product_tags") @Column(name = "tag", length = 40)
                    private Set<String> tags;
                    @ManyToMany private Set<Category> categories;
                }""");
        put(sources, "fixture.gallery.shop", "Customer", """
                @Entity
                @Table(name = "customers", uniqueConstraints = @UniqueConstraint(columnNames = "email"))
                public class Customer {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_seq")
                    @SequenceGenerator(name = "shop_seq", sequenceName = "shop_seq", allocationSize = 50) private Long id;
                    @NotBlank @Email @Size(max = 320) private String email;
                    @Size(max = 20) private String telephone;
                    @Embedded private Address address;
                }""");
        put(sources, "fixture.gallery.shop", "Purchase", """
                @Entity
                @Table(name = "orders")
                public class Purchase {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_seq")
                    @SequenceGenerator(name = "shop_seq", sequenceName = "shop_seq", allocationSize = 50) private Long id;
                    @ManyToOne(optional = false) private Customer customer;
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @NotNull private OrderState state;
                    @NotNull private Instant placedAt;
                    @OneToMany @JoinColumn(name = "order_id") @OrderColumn(name = "position") private List<OrderLine> lines;
                }""");
        put(sources, "fixture.gallery.shop", "OrderLine", """
                @Entity
                @Table(name = "order_lines")
                public class OrderLine {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_seq")
                    @SequenceGenerator(name = "shop_seq", sequenceName = "shop_seq", allocationSize = 50) private Long id;
                    @ManyToOne(optional = false) private Product product;
                    private int quantity;
                    @Column(precision = 10, scale = 2) private BigDecimal unitPrice;
                }""");
        return sources;
    }

    /** A clinic: people by joined inheritance, pets with a named enum, payments by table per class. */
    static Map<String, String> clinic() {
        Map<String, String> sources = new LinkedHashMap<>();
        put(sources, "fixture.gallery.clinic", "PetKind", "public enum PetKind { CAT, DOG, BIRD }");
        put(sources, "fixture.gallery.clinic", "Person", """
                @Entity
                @Table(name = "people")
                @Inheritance(strategy = InheritanceType.JOINED)
                public abstract class Person {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @NotBlank @Size(max = 60) private String firstName;
                    @NotBlank @Size(max = 60) private String lastName;
                }""");
        put(sources, "fixture.gallery.clinic", "Vet", """
                @Entity
                @Table(name = "vets")
                public class Vet extends Person {
                    @ElementCollection @CollectionTable(name = "vet_specialties") @Column(name = "specialty", length = 80)
                    private Set<String> specialties;
                }""");
        put(sources, "fixture.gallery.clinic", "Owner", """
                @Entity
                @Table(name = "owners")
                public class Owner extends Person {
                    @NotBlank private String address;
                    @NotBlank @Size(max = 20) private String telephone;
                }""");
        put(sources, "fixture.gallery.clinic", "Pet", """
                @Entity
                @Table(name = "pets")
                public class Pet {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @NotBlank @Size(max = 30) private String name;
                    private LocalDate birthDate;
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @NotNull private PetKind kind;
                    @ManyToOne(optional = false) private Owner owner;
                }""");
        put(sources, "fixture.gallery.clinic", "Visit", """
                @Entity
                @Table(name = "visits")
                public class Visit {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    @ManyToOne(optional = false) private Pet pet;
                    @NotNull private LocalDate visitDate;
                    @Size(max = 255) private String description;
                }""");
        put(sources, "fixture.gallery.clinic", "Payment", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Payment {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
                    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 1) private Long id;
                    @NotNull @Column(precision = 12, scale = 2) private BigDecimal amount;
                    @NotNull private OffsetDateTime paidAt;
                }""");
        put(sources, "fixture.gallery.clinic", "CardPayment", """
                @Entity
                @Table(name = "card_payments")
                public class CardPayment extends Payment {
                    @NotBlank @Size(max = 4) private String lastDigits;
                }""");
        put(sources, "fixture.gallery.clinic", "CashPayment", """
                @Entity
                @Table(name = "cash_payments")
                public class CashPayment extends Payment {
                    @Column(precision = 12, scale = 2) private BigDecimal tendered;
                }""");
        return sources;
    }

    /**
     * A multi-tenant SaaS on Supabase: profiles keyed by the auth user's id (the foreign key to
     * {@code auth.users} and the row-level security policies are declarative SQL, {@link #SAAS_SCHEMA}),
     * and an application entity called {@code User}.
     */
    static Map<String, String> saas() {
        Map<String, String> sources = new LinkedHashMap<>();
        put(sources, "fixture.gallery.saas", "Plan", "public enum Plan { FREE, TEAM, ENTERPRISE }");
        put(sources, "fixture.gallery.saas", "Tenant", """
                @Entity
                @Table(name = "tenants")
                public class Tenant {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                    @NotBlank @Size(max = 40) @Column(unique = true) private String slug;
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) @NotNull private Plan plan;
                    @NotNull private Instant createdAt;
                }""");
        put(sources, "fixture.gallery.saas", "Profile", """
                @Entity
                @Table(name = "profiles")
                public class Profile {
                    @Id private UUID id;
                    @ManyToOne(optional = false) private Tenant tenant;
                    @Size(max = 80) private String displayName;
                }""");
        put(sources, "fixture.gallery.saas", "User", """
                @Entity
                @Table(name = "app_users")
                public class User {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                    @NotNull @OneToOne(optional = false) private Profile profile;
                    @Size(max = 16) private String locale;
                }""");
        put(sources, "fixture.gallery.saas", "Project", """
                @Entity
                @Table(name = "projects")
                public class Project {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;
                    @ManyToOne(optional = false) private Tenant tenant;
                    @NotNull private UUID ownerId;
                    @NotBlank @Size(max = 100) private String name;
                }""");
        return sources;
    }

    /** The SaaS's declarative SQL: what JPA cannot say about auth.users and row-level security. */
    static final String SAAS_SCHEMA = """
            ALTER TABLE profiles ADD CONSTRAINT profiles_id_fkey FOREIGN KEY (id) REFERENCES auth.users (id) ON DELETE CASCADE;
            ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
            CREATE POLICY profiles_self ON profiles FOR ALL TO authenticated USING (id = auth.uid());
            ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
            CREATE POLICY projects_of_my_tenant ON projects FOR SELECT TO authenticated
                USING (tenant_id IN (SELECT tenant_id FROM profiles WHERE id = auth.uid()));
            CREATE POLICY projects_mine ON projects FOR UPDATE TO authenticated USING (owner_id = auth.uid());
            GRANT SELECT, UPDATE ON projects TO authenticated;
            """;

    /** Adds one source: the package line and the imports, then {@code body}. */
    static void put(Map<String, String> sources, String pkg, String simpleName, String body) {
        sources.put(pkg + "." + simpleName, "package " + pkg + ";\n" + IMPORTS + body + "\n");
    }
}
