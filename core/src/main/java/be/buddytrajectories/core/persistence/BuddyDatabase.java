package be.buddytrajectories.core.persistence;

import be.buddytrajectories.core.rules.ConcurrentEditException;
import be.buddytrajectories.core.validation.BuddyValidation;
import be.buddytrajectories.hostapi.CurrentUser;
import be.buddytrajectories.hostapi.HostDatabase;
import be.buddytrajectories.hostapi.Migrations;
import be.buddytrajectories.search.halt.HaltPoint;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.StaleStateException;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The plugin's database: applies the plugin's changelog, then maps the entities onto it and checks that mapping
 * and schema agree, so that a plugin never runs against a schema it does not understand.
 */
@ApplicationScoped
public class BuddyDatabase {

    /** The master changelog; one file per release is included from it. */
    public static final String CHANGELOG = "db/buddy/changelog-master.xml";
    /** Prefix of the plugin's tables, its changelog tables included. */
    public static final String TABLE_PREFIX = "buddy_";

    private final EntityManagerFactory entityManagerFactory;
    private final Consumer<VolunteersTouched> touched;

    @Inject
    public BuddyDatabase(HostDatabase hostDatabase, CurrentUser user, Event<VolunteersTouched> touched) {
        this(hostDatabase.dataSource(), user::locale, touched::fire);
    }

    /** Without CDI (tools and tests): changes to indexed entities are not recorded for the index. */
    public BuddyDatabase(DataSource dataSource, Supplier<Locale> userLocale) {
        this(dataSource, userLocale, touched -> { });
    }

    /**
     * @param userLocale the language for validation messages
     * @param touched    told, inside each transaction that changed {@link IndexedVolunteers}, which volunteers
     */
    public BuddyDatabase(DataSource dataSource, Supplier<Locale> userLocale, Consumer<VolunteersTouched> touched) {
        this.touched = touched;
        Migrations.apply(dataSource, CHANGELOG, TABLE_PREFIX, BuddyDatabase.class.getClassLoader());
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("buddy-trajectories")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .validationMode(ValidationMode.CALLBACK)
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.time_zone", "UTC")
                // Element collections of many profiles (a rebuild, a list) load in batches, not one query each.
                .property("hibernate.default_batch_fetch_size", "256")
                .property("jakarta.persistence.validation.factory", BuddyValidation.factory(userLocale));
        PersistentClasses.all().forEach(configuration::managedClass);
        this.entityManagerFactory = configuration.createEntityManagerFactory();
    }

    /** Forces creation, which migrates the schema and validates the mapping against it. */
    void verifyMapping() {
        entityManagerFactory.getMetamodel();
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws.
     *
     * @throws ConcurrentEditException when another transaction changed a versioned row this one changes
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        TouchedVolunteers touchedHere = TouchedVolunteers.open();
        try {
            T result = entityManagerFactory.callInTransaction(em -> {
                T done = work.apply(em);
                // Flushing runs the entity listeners of every pending change, so that all of them are known before
                // the outbox rows are written in this same transaction.
                em.flush();
                if (!touchedHere.isEmpty()) {
                    touched.accept(touchedHere.drain(em));
                }
                return done;
            });
            HaltPoint.AFTER_COMMIT.reached();
            return result;
        } catch (RuntimeException e) {
            throw optimisticLockFailure(e) ? new ConcurrentEditException() : e;
        } finally {
            touchedHere.close();
        }
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static boolean optimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    public void close() {
        entityManagerFactory.close();
    }
}
