package be.buddytrajectories.core.calendar;

import be.buddytrajectories.core.activity.GroupActivity;
import be.buddytrajectories.core.checkin.CheckIn;
import be.buddytrajectories.core.contact.Contact;
import be.buddytrajectories.core.training.TrainingSession;
import be.buddytrajectories.core.trajectory.Trajectory;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import jakarta.persistence.EntityManager;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A buddy's agenda from {@link #DAYS_BACK} days ago on: the meetings logged for his running duos (planned ones
 * included), their open check-ins, the trainings and the group activities. Titles name the duo partner by first
 * name only.
 */
final class BuddyAgenda {

    static final String MEETING = "contact";
    static final String CHECK_IN = "checkin";
    static final String TRAINING = "training";
    static final String ACTIVITY = "activity";
    static final int DAYS_BACK = 90;

    private static final String BUNDLE = "be.buddytrajectories.core.CalendarMessages";

    private BuddyAgenda() {
    }

    static List<AgendaEvent> of(EntityManager em, PeopleDirectory people, long volunteerId, Locale locale,
                                LocalDate today) {
        ResourceBundle text = text(locale);
        LocalDate from = today.minusDays(DAYS_BACK);
        List<Trajectory> duos = em.createQuery("""
                        select t from Trajectory t join t.buddyIds b where b = :v
                          and t.status in (be.buddytrajectories.core.trajectory.TrajectoryStatus.ACTIVE,
                                           be.buddytrajectories.core.trajectory.TrajectoryStatus.PAUSED)
                        order by t.id""", Trajectory.class).setParameter("v", volunteerId).getResultList();
        Map<Long, String> partner = new HashMap<>();
        duos.forEach(t -> partner.put(t.id(), people.find(t.newcomerId()).map(Person::firstName).orElse("")));
        List<AgendaEvent> events = new ArrayList<>();
        if (!duos.isEmpty()) {
            List<Long> ids = duos.stream().map(Trajectory::id).toList();
            em.createQuery("select c from Contact c where c.trajectoryId in :ids and c.metOn >= :from order by c.id",
                            Contact.class).setParameter("ids", ids).setParameter("from", from).getResultList()
                    .forEach(c -> events.add(AgendaEvent.of(MEETING, c.id(), c.metOn(),
                            format(text, "calendar.meeting", partner.get(c.trajectoryId())))));
            em.createQuery("""
                            select c from CheckIn c where c.trajectoryId in :ids and c.doneOn is null
                              and c.dueOn >= :from order by c.id""", CheckIn.class)
                    .setParameter("ids", ids).setParameter("from", from).getResultList()
                    .forEach(c -> events.add(AgendaEvent.of(CHECK_IN, c.id(), c.dueOn(),
                            format(text, "calendar.checkIn", partner.get(c.trajectoryId())))));
        }
        em.createQuery("select s from TrainingSession s where s.heldOn >= :from order by s.id", TrainingSession.class)
                .setParameter("from", from).getResultList()
                .forEach(s -> events.add(AgendaEvent.of(TRAINING, s.id(), s.heldOn(),
                        format(text, "calendar.training", s.title()))));
        em.createQuery("select a from GroupActivity a where a.heldOn >= :from order by a.id", GroupActivity.class)
                .setParameter("from", from).getResultList()
                .forEach(a -> events.add(AgendaEvent.of(ACTIVITY, a.id(), a.heldOn(),
                        format(text, "calendar.activity", a.title()))));
        events.sort(Comparator.comparing(AgendaEvent::day).thenComparing(AgendaEvent::uid));
        return events;
    }

    static String name(Locale locale) {
        return text(locale).getString("calendar.name");
    }

    private static ResourceBundle text(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle(BUNDLE, language, BuddyAgenda.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle text, String key, String argument) {
        return new MessageFormat(text.getString(key), Locale.ROOT).format(new Object[] {argument});
    }
}
