package dev.strata.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.lang.reflect.AnnotatedElement;
import java.util.Locale;

/**
 * The names an entity gets where its annotations name nothing: snake case of the Java name
 * ({@code fullName} -> {@code full_name}, {@code OrderItem} -> {@code order_item}). Explicit
 * names ({@code @Table(name)}, {@code @Column(name)}, {@code @JoinColumn(name)}) always win. The
 * schema renderer and the runtime row mapping both call this class, so they cannot disagree.
 */
public final class EntityNames {

    private EntityNames() {
    }

    /** The table of an entity class: {@code @Table(name)}, else the entity name in snake case. */
    public static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.name().isEmpty()) {
            return table.name();
        }
        Entity entity = type.getAnnotation(Entity.class);
        return snake(entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName());
    }

    /** The column of a basic attribute: its {@code @Column(name)} or {@code @JoinColumn(name)}, else snake case. */
    public static String column(AnnotatedElement attribute, String attributeName) {
        Column column = attribute.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        JoinColumn join = attribute.getAnnotation(JoinColumn.class);
        return join != null && !join.name().isEmpty() ? join.name() : snake(attributeName);
    }

    /** The PostgreSQL enum type of a Java enum mapped as a named enum: {@code UserStatus} -> {@code user_status}. */
    public static String enumType(Class<?> enumClass) {
        return snake(enumClass.getSimpleName());
    }

    /**
     * Snake case: an underscore before an upper-case letter that follows a lower-case letter or a
     * digit, or that starts a word after an acronym ({@code URLValue} -> {@code url_value}).
     */
    public static String snake(String javaName) {
        StringBuilder name = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(javaName, i)) {
                name.append('_');
            }
            name.append(c);
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWord(String javaName, int i) {
        char previous = javaName.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(previous) && i + 1 < javaName.length()
                && Character.isLowerCase(javaName.charAt(i + 1));
    }
}
