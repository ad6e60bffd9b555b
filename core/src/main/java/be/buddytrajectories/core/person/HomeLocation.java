package be.buddytrajectories.core.person;

import be.buddytrajectories.core.validation.SingleLine;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Where someone lives, as precisely as matching on distance needs: postcode, municipality and coordinates
 * (geocoded to the street or postcode), never the street address, which stays in the host.
 */
@Embeddable
public class HomeLocation {

    @NotBlank(message = "{buddy.location.postcode.required}")
    @Pattern(regexp = "[0-9A-Za-z ]{4,10}", message = "{buddy.location.postcode.format}")
    @Column(name = "postcode", nullable = false, length = Limits.POSTCODE_LENGTH)
    private String postcode;

    @NotBlank(message = "{buddy.location.municipality.required}")
    @SingleLine
    @Size(max = Limits.MUNICIPALITY_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "municipality", nullable = false, length = Limits.MUNICIPALITY_LENGTH)
    private String municipality;

    @NotNull(message = "{buddy.location.coordinates.required}")
    @DecimalMin(value = "-90", message = "{buddy.location.coordinates.range}")
    @DecimalMax(value = "90", message = "{buddy.location.coordinates.range}")
    @Column(name = "latitude", nullable = false)
    private Double latitude;

    @NotNull(message = "{buddy.location.coordinates.required}")
    @DecimalMin(value = "-180", message = "{buddy.location.coordinates.range}")
    @DecimalMax(value = "180", message = "{buddy.location.coordinates.range}")
    @Column(name = "longitude", nullable = false)
    private Double longitude;

    protected HomeLocation() {
    }

    public HomeLocation(String postcode, String municipality, Double latitude, Double longitude) {
        this.postcode = postcode;
        this.municipality = municipality;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String postcode() {
        return postcode;
    }

    public String municipality() {
        return municipality;
    }

    /** False while a location is being checked and its coordinates could not be read or found. */
    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    /**
     * Where the host says the person lives: its coordinates, or the centre of the person's locality when the host
     * knows postcode and municipality only; empty when it knows neither.
     */
    public static Optional<HomeLocation> of(Person person) {
        if (person.postalCode() == null || person.municipality() == null) {
            return Optional.empty();
        }
        GeoPoint point = person.location();
        if (point == null) {
            return Localities.belgium().locate(person.postalCode(), person.municipality());
        }
        return Optional.of(new HomeLocation(person.postalCode(), person.municipality(), point.latitude(),
                point.longitude()));
    }

    public static final class Limits {
        public static final int POSTCODE_LENGTH = 10;
        public static final int MUNICIPALITY_LENGTH = 80;

        private Limits() {
        }
    }
}
