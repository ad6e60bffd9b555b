package be.buddytrajectories.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** The admin's own wording of one kind of mail for one audience and language, replacing the bundle's. */
@Entity
@Table(name = "buddy_mail_wording")
public class MailWording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 12)
    private Audience audience;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "subject", nullable = false, length = OutgoingMail.Limits.SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = OutgoingMail.Limits.WORDING_LENGTH)
    private String body;

    protected MailWording() {
    }

    MailWording(MailKind kind, Audience audience, String language, Wording wording) {
        this.kind = kind;
        this.audience = audience;
        this.language = language;
        reword(wording);
    }

    void reword(Wording wording) {
        subject = wording.subject();
        body = wording.body();
    }

    /** The admin's wording for this kind, reader and language, if he wrote one. */
    static Optional<MailWording> find(EntityManager em, MailKind kind,
                                      Audience audience, String language) {
        return em.createQuery("""
                        select w from MailWording w where w.kind = :kind and w.audience = :audience
                          and w.language = :language""", MailWording.class)
                .setParameter("kind", kind).setParameter("audience", audience).setParameter("language", language)
                .getResultStream().findFirst();
    }

    Wording wording() {
        return new Wording(subject, body);
    }
}
