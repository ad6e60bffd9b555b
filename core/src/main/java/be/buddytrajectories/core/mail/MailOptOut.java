package be.buddytrajectories.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person wants no more mail of this kind. */
@Entity
@Table(name = "buddy_mail_opt_out")
public class MailOptOut {

    @EmbeddedId
    private Key key;

    protected MailOptOut() {
    }

    MailOptOut(long personId, MailKind kind) {
        this.key = new Key(personId, kind);
    }

    MailKind kind() {
        return key.kind;
    }

    /** The person and the kind. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "person_id", nullable = false)
        private long personId;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 24)
        private MailKind kind;

        protected Key() {
        }

        Key(long personId, MailKind kind) {
            this.personId = personId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.personId == personId && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(personId) * 31 + kind.hashCode();
        }
    }
}
