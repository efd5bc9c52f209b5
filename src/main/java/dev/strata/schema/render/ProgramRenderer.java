package dev.strata.schema.render;

import dev.strata.schema.ops.ProgramChange;
import java.util.List;

/** Views, routines and triggers. */
final class ProgramRenderer {

    private ProgramRenderer() {
    }

    static List<String> render(ProgramChange change) {
        throw new UnsupportedOperationException("views, routines and triggers are not rendered yet: " + change.describe());
    }
}
