package dev.strata.migration.autogenerate.desired;

import dev.strata.settings.StrataException;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Finds the classes Hibernate needs to render the entities ({@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass}, {@code @Converter}) under the given packages. It reads class files
 * (Spring's scanner), so it works the same from {@code target/classes}, from a plain jar and
 * from the nested jars of the executable jar.
 */
final class EntityScanner {

    private EntityScanner() {
    }

    /** The classes, sorted by name so that the rendering never depends on the file system's order. */
    static List<Class<?>> scan(List<String> packages, ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            // Unlike beans, an abstract @MappedSuperclass counts.
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class)
                .forEach(annotation -> scanner.addIncludeFilter(new AnnotationTypeFilter(annotation)));
        Set<String> names = new TreeSet<>();
        for (String base : packages) {
            scanner.findCandidateComponents(base).stream().map(BeanDefinition::getBeanClassName).forEach(names::add);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new StrataException("cannot load entity class " + name + ": " + e, e);
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
