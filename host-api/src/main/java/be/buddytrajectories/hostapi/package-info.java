/**
 * The contract between a volunteer-management host and its plugins.
 *
 * <h2>For host authors</h2>
 * A host is a Jakarta EE style web application with CDI (Weld) and Vaadin Flow (vaadin-cdi). To run plugins it
 * <ol>
 *   <li>puts every JAR of an installed plugin on its class path at start; each plugin JAR carries
 *       {@code META-INF/beans.xml}, so CDI discovers its beans and Vaadin its {@code @Route} views;</li>
 *   <li>offers one CDI bean for each of these interfaces: {@link PeopleDirectory}, {@link CurrentUser},
 *       {@link HostDatabase}, {@link DataDirectory}, {@link Mailer}, and a {@link HostInfo} (a producer method
 *       is enough; see the reference host's {@code HostBeans});</li>
 *   <li>collects every {@link MenuContributor} bean into its navigation, showing an entry only to users with
 *       the entry's permission;</li>
 *   <li>enforces {@link RequiresPermission} before navigating to a view and sends anonymous users to its login;</li>
 *   <li>lets anyone, signed in or not, open a view marked {@link PublicPage}, and never logs such a view's address
 *       (it usually holds a secret): not when checking access, not in its error handling, not in a request log;</li>
 *   <li>provides a main layout as a Vaadin {@code @Layout}: plugin views declare no layout and appear inside it,
 *       except public pages, declared {@code @Route(value = "…", autoLayout = false)} to stand alone;</li>
 *   <li>serves translations through a Vaadin {@code I18NProvider} that also reads every {@link TranslationBundle};</li>
 *   <li>maps its own roles to the permissions a plugin declares in its descriptor ({@code permissions=…});</li>
 *   <li>offers a {@link java.time.Clock} bean, so that plugins read time from one place tests can fix;</li>
 *   <li>runs Weld with relaxed construction ({@code org.jboss.weld.construction.relaxed=true}, Weld SE's default):
 *       plugin beans are {@code @ApplicationScoped} with constructor injection and no no-args constructor.</li>
 * </ol>
 * Besides these interfaces the host provides the libraries this module depends on (Vaadin Flow, vaadin-cdi,
 * the CDI and inject APIs, Liquibase, SLF4J); plugins depend on this module with scope {@code provided} and
 * bundle everything else they need.
 *
 * <h2>For plugin authors</h2>
 * Inject these interfaces by constructor. Refer to host people by {@link Person#id()} only and keep your own
 * data in your own tables, migrated by your own Liquibase changelog on {@link HostDatabase#dataSource()}.
 * Check permissions in your services, not only in the menu.
 */
package be.buddytrajectories.hostapi;
