package be.buddytrajectories.bench.run;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.util.Map;

/** Offers objects the host would provide (database, user, people, data directory, clock) as singleton beans. */
final class ReadyBeans implements Extension {

    private final Map<Class<?>, Object> instances;

    ReadyBeans(Map<Class<?>, Object> instances) {
        this.instances = Map.copyOf(instances);
    }

    void register(@Observes AfterBeanDiscovery event) {
        instances.forEach((type, instance) -> event.addBean()
                .types(type, Object.class)
                .scope(Singleton.class)
                .beanClass(instance.getClass())
                .createWith(context -> instance));
    }
}
