package dev.strata.auth.supabase;

import dev.strata.settings.SupabaseSettings;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code SUPABASE_URL} is set (blank counts as unset, as everywhere in the settings),
 * so that exactly one user store is wired.
 */
public final class SupabaseConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SupabaseSettings.configured(context.getEnvironment()::getProperty);
    }

    /** The opposite: no Supabase project, so the built-in user store. */
    public static final class Not implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !SupabaseSettings.configured(context.getEnvironment()::getProperty);
        }
    }
}
