package be.buddytrajectories.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.buddytrajectories.core.outbox.RetryPauses;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void everyKindHasAStandardWordingForEachOfItsAudiencesAndLanguagesUsingOnlyItsPlaceholders() {
        for (MailKind kind : MailKind.values()) {
            for (Audience audience : kind.audiences()) {
                for (String language : MailLanguage.forAudience(audience)) {
                    Wording wording = MailTemplates.standard(kind, audience, language);
                    assertThat(MailTemplates.unknownPlaceholders(kind, wording.subject() + wording.body()))
                            .as("%s %s %s", kind, audience, language).isEmpty();
                    assertThat(wording.body()).as("%s %s %s", kind, audience, language).contains("{firstName}");
                }
            }
        }
    }

    @Test
    void frenchIsWrittenForNewcomersOnlyAndEveryLanguageHasItsFooter() {
        assertThat(MailTemplates.standard(MailKind.THANK_YOU, Audience.NEWCOMER, "fr").subject())
                .isEqualTo("Bravo : {hours} heures avec votre buddy");
        assertThat(MailLanguage.forAudience(Audience.BUDDY)).containsExactly("nl", "en");
        for (String language : MailLanguage.ALL) {
            assertThat(MailTemplates.text(language, "footer")).contains("{link}");
        }
    }

    @Test
    void placeholdersAreFilledLiterallySoThatApostrophesAndUnknownNamesStayAsWritten() {
        assertThat(MailTemplates.fill("Dag {firstName}, 't is {days} dagen; {other} en $1 \\o/",
                Map.of("firstName", "Sam", "days", "15")))
                .isEqualTo("Dag Sam, 't is 15 dagen; {other} en $1 \\o/");
    }

    @Test
    void theReceiversLanguageIsDutchWhereHeSpeaksItAndFrenchOnlyForNewcomersWithoutDutch() {
        assertThat(MailLanguage.of(person("ar", "fr"), Audience.NEWCOMER)).isEqualTo("fr");
        assertThat(MailLanguage.of(person("ar", "fr"), Audience.BUDDY)).isEqualTo("nl");
        assertThat(MailLanguage.of(person("fr", "nl"), Audience.NEWCOMER)).isEqualTo("nl");
        assertThat(MailLanguage.of(person("en", "es"), Audience.BUDDY)).isEqualTo("en");
        assertThat(MailLanguage.of(person(), Audience.COORDINATOR)).isEqualTo("nl");
    }

    @Test
    void thePauseBeforeANewAttemptDoublesFromOneMinuteToAtMostAnHour() {
        assertThat(RetryPauses.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryPauses.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryPauses.after(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(RetryPauses.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryPauses.after(39)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMailIsGivenUpAfterItsLastAllowedAttemptAndAPermanentRefusalAtOnce() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 5, 9, 0);
        OutgoingMail mail = new OutgoingMail(MailKind.THANK_YOU, 1, "a@example.org", "nl", "s", "b", "k", now);
        for (int attempt = 1; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            mail.claim(now);
            mail.attemptFailed("421 try later", false, now);
            assertThat(mail.state()).isEqualTo(MailState.PENDING);
        }
        mail.claim(now);
        mail.attemptFailed("421 try later", false, now);
        assertThat(mail.state()).isEqualTo(MailState.FAILED);

        OutgoingMail refused = new OutgoingMail(MailKind.THANK_YOU, 1, "a@example.org", "nl", "s", "b", "k2", now);
        refused.claim(now);
        refused.attemptFailed("550 no such user", true, now);
        assertThat(refused.state()).isEqualTo(MailState.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
    }

    private static be.buddytrajectories.hostapi.Person person(String... languages) {
        return new be.buddytrajectories.hostapi.Person(1, be.buddytrajectories.hostapi.PersonKind.NEWCOMER, "A", "B",
                null, null, null, be.buddytrajectories.hostapi.Gender.X, null, null, null, null,
                java.util.List.of(languages), java.util.Set.of(), 1);
    }
}
