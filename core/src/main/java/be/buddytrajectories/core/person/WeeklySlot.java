package be.buddytrajectories.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;

/** A recurring weekly slot, e.g. Wednesday evening. */
@Embeddable
public class WeeklySlot {

    @NotNull(message = "{buddy.slot.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @NotNull(message = "{buddy.slot.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", nullable = false, length = 9)
    private DayPart part;

    protected WeeklySlot() {
    }

    public WeeklySlot(DayOfWeek day, DayPart part) {
        this.day = Objects.requireNonNull(day, "day");
        this.part = Objects.requireNonNull(part, "part");
    }

    public static WeeklySlot of(DayOfWeek day, DayPart part) {
        return new WeeklySlot(day, part);
    }

    public DayOfWeek day() {
        return day;
    }

    public DayPart part() {
        return part;
    }

    /** The index's code of this slot, e.g. {@code WED_EVENING}. */
    public String code() {
        return day.name().substring(0, 3) + "_" + part.name();
    }

    /** Parses {@link #code()}. */
    public static WeeklySlot parse(String code) {
        String[] parts = code.toUpperCase(Locale.ROOT).split("_", 2);
        DayOfWeek day = java.util.Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().startsWith(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown day in slot " + code));
        return new WeeklySlot(day, DayPart.valueOf(parts[1]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySlot other && day == other.day && part == other.part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, part);
    }

    @Override
    public String toString() {
        return code();
    }
}
