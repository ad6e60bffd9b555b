package be.buddytrajectories.hostapi.testing;

import be.buddytrajectories.hostapi.BundleTranslations;
import be.buddytrajectories.hostapi.TranslationBundle;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.enterprise.util.AnnotationLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Karibu-Testing with CDI: boots Weld SE with the given beans and instances, and renders routes whose
 * dependencies Weld injects, as vaadin-cdi does in a running host. {@code ServiceInitEvent} reaches CDI observers,
 * the {@link I18NProvider} is a CDI bean when the test offers one, else the bundles of every
 * {@link TranslationBundle} bean.
 */
public final class KaribuWeld implements AutoCloseable {

    private final WeldContainer container;

    private KaribuWeld(WeldContainer container) {
        this.container = container;
    }

    /**
     * @param beanClasses CDI bean classes (services, views, layouts, observers)
     * @param routes      the routes to register
     * @param instances   ready-made beans, keyed by the type they are injected as
     */
    public static KaribuWeld start(Set<Class<?>> beanClasses, Set<Class<? extends Component>> routes,
                                   Map<Class<?>, Object> instances) {
        return start(beanClasses, routes, Set.of(), instances);
    }

    /** As {@link #start(Set, Set, Map)}, with error views (implementations of {@code HasErrorParameter}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static KaribuWeld start(Set<Class<?>> beanClasses, Set<Class<? extends Component>> routes,
                                   Set<Class<? extends HasErrorParameter<?>>> errorRoutes,
                                   Map<Class<?>, Object> instances) {
        Weld weld = new Weld().disableDiscovery()
                .property("org.jboss.weld.construction.relaxed", true)
                .addExtension(new InstanceBeans(instances));
        beanClasses.forEach(weld::addBeanClass);
        routes.forEach(weld::addBeanClass);
        errorRoutes.forEach(weld::addBeanClass);
        WeldContainer container = weld.initialize();
        Routes karibuRoutes = new Routes(Set.copyOf(routes), (Set) Set.copyOf(errorRoutes), true);
        MockVaadin.setup(UI::new, new WeldServlet(karibuRoutes, container));
        // A host opens every UI in the user's language, Dutch by default.
        UI.getCurrent().setLocale(BundleTranslations.DUTCH);
        return new KaribuWeld(container);
    }

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        container.close();
    }

    private static final class WeldServlet extends MockVaadinServlet {

        private final transient WeldContainer container;

        WeldServlet(Routes routes, WeldContainer container) {
            super(routes, UI::new);
            this.container = container;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            VaadinServletService service = new WeldService(this, configuration, container);
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }

    private static final class WeldService extends MockService {

        private final transient WeldContainer container;

        WeldService(VaadinServlet servlet, DeploymentConfiguration configuration, WeldContainer container) {
            super(servlet, configuration, UI::new);
            this.container = container;
        }

        @Override
        protected Instantiator createInstantiator() throws ServiceException {
            return new WeldInstantiator(this, container);
        }
    }

    /** vaadin-cdi takes an {@link I18NProvider} bean only with this qualifier; so does this kit. */
    @SuppressWarnings("all")
    private static final class ServiceEnabled extends AnnotationLiteral<VaadinServiceEnabled>
            implements VaadinServiceEnabled {
    }

    private static final class WeldInstantiator extends DefaultInstantiator {

        private final transient WeldContainer container;

        WeldInstantiator(VaadinService service, WeldContainer container) {
            super(service);
            this.container = container;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            var candidates = container.select(type);
            return candidates.isResolvable() ? candidates.get() : super.getOrCreate(type);
        }

        @Override
        public I18NProvider getI18NProvider() {
            var provider = container.select(I18NProvider.class, new ServiceEnabled());
            if (provider.isResolvable()) {
                return provider.get();
            }
            List<String> bundles = new ArrayList<>();
            container.select(TranslationBundle.class).forEach(b -> bundles.add(b.baseName()));
            return new BundleTranslations(bundles);
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            VaadinServiceInitListener toCdi = event -> container.getBeanManager().getEvent()
                    .select(ServiceInitEvent.class).fire(event);
            return Stream.concat(super.getServiceInitListeners(), Stream.of(toCdi));
        }
    }
}
