package dev.strata.schema;

import dev.strata.schema.Schemas.TableBuilder;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Extension;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Table;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** A schema model under construction; {@code public} always exists. */
public final class ModelBuilder {
    private final TreeSet<String> schemas = new TreeSet<>(List.of("public"));
    private final TreeMap<String, Extension> extensions = new TreeMap<>();
    private final TreeMap<QualifiedName, EnumType> enums = new TreeMap<>();
    private final TreeMap<QualifiedName, Sequence> sequences = new TreeMap<>();
    private final TreeMap<QualifiedName, Table> tables = new TreeMap<>();

    public ModelBuilder schemas(String... names) {
        schemas.addAll(List.of(names));
        return this;
    }

    public ModelBuilder with(Table... added) {
        Arrays.stream(added).forEach(t -> tables.put(t.name(), t));
        return this;
    }

    public ModelBuilder with(TableBuilder... added) {
        Arrays.stream(added).map(TableBuilder::build).forEach(this::with);
        return this;
    }

    public ModelBuilder with(EnumType... added) {
        Arrays.stream(added).forEach(e -> enums.put(e.name(), e));
        return this;
    }

    public ModelBuilder with(Sequence... added) {
        Arrays.stream(added).forEach(s -> sequences.put(s.name(), s));
        return this;
    }

    public ModelBuilder with(Extension... added) {
        Arrays.stream(added).forEach(x -> extensions.put(x.name(), x));
        return this;
    }

    public SchemaModel build() {
        return new SchemaModel(new TreeSet<>(schemas), extensions, enums, sequences, tables, new TreeMap<>(),
                new TreeMap<>());
    }
}
