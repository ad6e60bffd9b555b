package be.buddytrajectories.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether the admin lets a kind of mail go out; a kind without a row is on. */
@Entity
@Table(name = "buddy_mail_kind_setting")
public class MailKindSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private MailKind kind;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    protected MailKindSetting() {
    }

    MailKindSetting(MailKind kind, boolean enabled) {
        this.kind = kind;
        this.enabled = enabled;
    }

    void switchTo(boolean on) {
        enabled = on;
    }

    boolean enabled() {
        return enabled;
    }
}
