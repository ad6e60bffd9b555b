package be.buddytrajectories.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Objects;

/** A language someone speaks (ISO 639-1 code) and how well. */
@Embeddable
public class LanguageSkill {

    @NotNull(message = "{buddy.language.code.format}")
    @Pattern(regexp = "[a-z]{2}", message = "{buddy.language.code.format}")
    @Column(name = "language_code", nullable = false, length = 2)
    private String code;

    @NotNull(message = "{buddy.language.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 14)
    private LanguageLevel level;

    protected LanguageSkill() {
    }

    public LanguageSkill(String code, LanguageLevel level) {
        this.code = code == null ? null : code.toLowerCase(Locale.ROOT);
        this.level = level;
    }

    public String code() {
        return code;
    }

    public LanguageLevel level() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageSkill other && Objects.equals(code, other.code) && level == other.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }
}
