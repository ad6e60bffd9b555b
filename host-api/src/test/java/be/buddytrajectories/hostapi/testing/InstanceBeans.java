package be.buddytrajectories.hostapi.testing;

import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Map;

/** A CDI extension that offers ready-made objects (fakes, test databases) as singleton beans (no proxy, so records work too). */
public class InstanceBeans implements Extension {

    private final Map<Class<?>, Object> instances;

    /** @param instances each object, keyed by the bean type it is offered as */
    public InstanceBeans(Map<Class<?>, Object> instances) {
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
