package dev.strata.schema.ops;

import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;

/** Publications: created and dropped whole, their options set and their tables and schemas added and dropped in place. */
public sealed interface PublicationChange extends Change {

    /** CREATE PUBLICATION with its tables, schemas and options, then its comment. */
    record CreatePublication(Publication publication) implements PublicationChange {
        public Change reverse() { return new DropPublication(publication); }
        public String describe() { return "create publication " + publication.name(); }
    }

    /** DROP PUBLICATION. */
    record DropPublication(Publication publication) implements PublicationChange {
        public Change reverse() { return new CreatePublication(publication); }
        public String describe() { return "drop publication " + publication.name(); }
    }

    /** ALTER PUBLICATION ... SET (publish = ..., publish_via_partition_root = ...) to {@code to}'s options. */
    record AlterPublication(Publication from, Publication to) implements PublicationChange {
        public Change reverse() { return new AlterPublication(to, from); }
        public String describe() { return "alter publication " + to.name(); }
    }

    /** ALTER PUBLICATION ... ADD TABLE. */
    record AddPublicationTable(String publication, PublicationTable table) implements PublicationChange {
        public Change reverse() { return new DropPublicationTable(publication, table); }
        public String describe() { return "add table " + table.table() + " to publication " + publication; }
    }

    /** ALTER PUBLICATION ... DROP TABLE: the table stays, unpublished. */
    record DropPublicationTable(String publication, PublicationTable table) implements PublicationChange {
        public Change reverse() { return new AddPublicationTable(publication, table); }
        public String describe() { return "drop table " + table.table() + " from publication " + publication; }
    }

    /** ALTER PUBLICATION ... ADD TABLES IN SCHEMA. */
    record AddPublicationSchema(String publication, String schema) implements PublicationChange {
        public Change reverse() { return new DropPublicationSchema(publication, schema); }
        public String describe() { return "add schema " + schema + " to publication " + publication; }
    }

    /** ALTER PUBLICATION ... DROP TABLES IN SCHEMA. */
    record DropPublicationSchema(String publication, String schema) implements PublicationChange {
        public Change reverse() { return new AddPublicationSchema(publication, schema); }
        public String describe() { return "drop schema " + schema + " from publication " + publication; }
    }
}
