package dev.strata.schema.render;

import dev.strata.schema.ops.AccessChange;
import java.util.List;

/** Row-level security, policies and grants. */
final class AccessRenderer {

    private AccessRenderer() {
    }

    static List<String> render(AccessChange change) {
        throw new UnsupportedOperationException("policies and grants are not rendered yet: " + change.describe());
    }
}
