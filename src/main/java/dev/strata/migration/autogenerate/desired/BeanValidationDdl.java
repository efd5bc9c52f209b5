package dev.strata.migration.autogenerate.desired;

import dev.strata.settings.StrataException;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraints in the DDL, as Hibernate applies them when a Spring Boot application
 * starts with its defaults ({@code jakarta.persistence.validation.mode=auto},
 * {@code hibernate.validator.apply_to_ddl=true}, Hibernate Validator on the classpath):
 * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} make a column NOT NULL,
 * {@code @Size(max)} and {@code @Length(max)} a String column's length, {@code @Digits} a
 * decimal's precision and scale, {@code @Min}/{@code @Max} a check constraint.
 *
 * <p>Hibernate does this while it builds a SessionFactory, which autogenerate never does (it needs
 * only the mapping); so Hibernate's own step is called on the built metadata, before the DDL is
 * generated. That step is a public method of a class Hibernate keeps package-private, hence the
 * reflection; without a Bean Validation provider nothing is applied, as in Hibernate's auto mode.
 */
final class BeanValidationDdl {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidationDdl() {
    }

    /**
     * Starts building the validator factory on a thread of its own, as it takes a while in a fresh
     * JVM and needs nothing from the mapping: it overlaps with Hibernate's metadata build.
     * Completes with null when there is no Bean Validation provider.
     */
    static CompletableFuture<@Nullable ValidatorFactory> start(ClassLoader loader) {
        CompletableFuture<@Nullable ValidatorFactory> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(factory());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "strata-validation");
        thread.setContextClassLoader(loader);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static @Nullable ValidatorFactory factory() {
        try {
            // Only the constraints' metadata is read: no messages, so no expression language to start.
            return Validation.byDefaultProvider().configure().ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        } catch (NoProviderFoundException | NoClassDefFoundError noProvider) {
            return null;
        }
    }

    /** Applies the constraints with the factory {@link #start} builds (its caller closes it), or nothing without a provider. */
    static void apply(MetadataImplementor metadata, StandardServiceRegistry registry, Dialect dialect, ClassLoader loader,
            CompletableFuture<@Nullable ValidatorFactory> starting) {
        ValidatorFactory factory;
        try {
            factory = starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        if (factory == null) {
            return;
        }
        try {
            ClassLoaderAccess classes = new ClassLoaderAccessImpl(loader, registry.requireService(ClassLoaderService.class));
            Method apply = Class.forName(ACTIVATOR, true, PersistentClass.class.getClassLoader())
                    .getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
                            Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            apply.invoke(null, factory, metadata.getEntityBindings(), Map.of(), dialect, classes);
        } catch (InvocationTargetException e) {
            throw new StrataException("cannot apply the Bean Validation constraints to the entities: "
                    + e.getTargetException().getMessage(), e.getTargetException());
        } catch (ReflectiveOperationException e) {
            throw new StrataException("this Hibernate version does not offer " + ACTIVATOR
                    + ".applyRelationalConstraints, which autogenerate calls for Bean Validation: " + e, e);
        }
    }
}
