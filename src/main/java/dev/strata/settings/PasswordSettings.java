package dev.strata.settings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule of built-in users, Supabase Auth's defaults unless set (in Supabase mode the
 * project's own rule applies instead). bcrypt's 72-byte limit is not a setting: it always holds.
 *
 * @param minLength {@code STRATA_PASSWORD_MIN_LENGTH}, 6 to 72, default 6 (Supabase's default and floor):
 *     the fewest characters
 * @param requiredCharacters {@code STRATA_PASSWORD_REQUIRED_CHARACTERS}: comma-separated classes of which a
 *     password must hold at least one character each, of {@code lower}, {@code upper}, {@code letters},
 *     {@code digits}, {@code symbols}; none by default
 * @param leakCheck {@code STRATA_PASSWORD_LEAK_CHECK*}: whether a password found in a data breach is refused, off by default
 */
public record PasswordSettings(int minLength, Set<CharacterClass> requiredCharacters, LeakCheckSettings leakCheck) {

    /** A kind of character a password may be required to contain. */
    public enum CharacterClass {
        LOWER, UPPER, LETTERS, DIGITS, SYMBOLS
    }

    public PasswordSettings {
        // An EnumSet keeps the classes in declaration order, so the reasons of a refusal are stable.
        EnumSet<CharacterClass> copy = EnumSet.noneOf(CharacterClass.class);
        copy.addAll(requiredCharacters);
        requiredCharacters = Collections.unmodifiableSet(copy);
    }

    static PasswordSettings from(Env env) {
        return new PasswordSettings(env.integer("STRATA_PASSWORD_MIN_LENGTH", 6, 6, 72),
                classes(env.list("STRATA_PASSWORD_REQUIRED_CHARACTERS")), LeakCheckSettings.from(env));
    }

    private static Set<CharacterClass> classes(List<String> names) {
        Set<CharacterClass> classes = EnumSet.noneOf(CharacterClass.class);
        for (String name : names) {
            try {
                classes.add(CharacterClass.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new StrataException("STRATA_PASSWORD_REQUIRED_CHARACTERS: expected lower, upper, letters, digits "
                        + "or symbols, comma-separated, got '" + name + "'");
            }
        }
        return classes;
    }
}
