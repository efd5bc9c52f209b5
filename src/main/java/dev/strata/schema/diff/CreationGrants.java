package dev.strata.schema.diff;

import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Securable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The privileges an object may hold right after its CREATE, besides its owner's: PostgreSQL's
 * built-in defaults (EXECUTE on routines and USAGE on types to PUBLIC) and the default privileges
 * of either side in the object's schema or in every schema. Both sides count, and every creating
 * role's, because the script may run before or after the defaults change, and as any role: what
 * an object did not receive is revoked for nothing, what it did and the target lacks is revoked.
 */
final class CreationGrants {

    private static final Map<String, Grant> BUILT_IN = Map.of(
            "FUNCTIONS", new Grant(Securable.schema(""), "public", "EXECUTE", false),
            "TYPES", new Grant(Securable.schema(""), "public", "USAGE", false));

    private final List<DefaultPrivilege> defaults;

    private CreationGrants(List<DefaultPrivilege> defaults) {
        this.defaults = defaults;
    }

    static CreationGrants of(SchemaModel from, SchemaModel to) {
        return new CreationGrants(Stream.concat(from.access().defaults().stream(), to.access().defaults().stream())
                .distinct().toList());
    }

    /** When neither side has default privileges. */
    static CreationGrants none() {
        return new CreationGrants(List.of());
    }

    /**
     * What {@code object} may receive on creation, one grant per grantee and privilege (grantable
     * when any source makes it so), none to its owner.
     */
    List<Grant> possible(Securable object, @Nullable String owner) {
        String objects = object.kind().defaults();
        Map<String, Grant> possible = new LinkedHashMap<>();
        Grant builtIn = BUILT_IN.get(objects);
        if (builtIn != null) {
            possible.put(key(builtIn), new Grant(object, builtIn.grantee(), builtIn.privilege(), false));
        }
        for (DefaultPrivilege entry : defaults) {
            if (!entry.revoked() && entry.objects().equals(objects) && !entry.grantee().equals(owner)
                    && (entry.schema() == null || entry.schema().equals(object.name().schema()))) {
                Grant grant = new Grant(object, entry.grantee(), entry.privilege(), entry.grantable());
                possible.merge(key(grant), grant, (a, b) -> a.grantable() ? a : b);
            }
        }
        return new ArrayList<>(possible.values());
    }

    /**
     * Whether every created object of its kind surely holds {@code grant}: a built-in default that
     * no side's defaults for every schema take away. Such a grant needs no GRANT after CREATE.
     */
    boolean certain(Grant grant) {
        String objects = grant.object().kind().defaults();
        Grant builtIn = BUILT_IN.get(objects);
        return builtIn != null && !grant.grantable() && builtIn.grantee().equals(grant.grantee())
                && builtIn.privilege().equals(grant.privilege())
                && defaults.stream().noneMatch(entry -> entry.revoked() && entry.objects().equals(objects)
                        && entry.grantee().equals(grant.grantee()) && entry.privilege().equals(grant.privilege()));
    }

    /** A grant's identity on one object: its column, grantee and privilege. */
    static String key(Grant grant) {
        return Objects.requireNonNullElse(grant.object().detail(), "") + '\0' + grant.grantee() + '\0'
                + grant.privilege();
    }
}
