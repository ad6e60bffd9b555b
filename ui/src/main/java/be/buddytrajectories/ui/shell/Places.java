package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.Person;
import java.util.List;
import java.util.Optional;

/**
 * Municipalities of the programme's region with their centre, for a person the host has not geocoded: matching
 * needs coordinates, and the host offers no geocoder to plugins.
 */
public final class Places {

    /** One municipality and its centre. */
    public record Place(String postcode, String municipality, double latitude, double longitude) {

        public String label() {
            return postcode + " " + municipality;
        }

        public HomeLocation location() {
            return new HomeLocation(postcode, municipality, latitude, longitude);
        }
    }

    public static final List<Place> ALL = List.of(
            new Place("9000", "Gent", 51.0543, 3.7174),
            new Place("9030", "Mariakerke", 51.0700, 3.6800),
            new Place("9031", "Drongen", 51.0500, 3.6600),
            new Place("9032", "Wondelgem", 51.0900, 3.7200),
            new Place("9040", "Sint-Amandsberg", 51.0600, 3.7500),
            new Place("9041", "Oostakker", 51.0900, 3.7700),
            new Place("9050", "Gentbrugge", 51.0390, 3.7600),
            new Place("9050", "Ledeberg", 51.0380, 3.7420),
            new Place("9052", "Zwijnaarde", 51.0000, 3.7100),
            new Place("9070", "Destelbergen", 51.0600, 3.8000),
            new Place("9090", "Melle", 51.0000, 3.8000),
            new Place("9820", "Merelbeke", 51.0000, 3.7500),
            new Place("9840", "De Pinte", 50.9900, 3.6500),
            new Place("9940", "Evergem", 51.1100, 3.7100),
            new Place("9230", "Wetteren", 51.0000, 3.8800),
            new Place("9800", "Deinze", 50.9800, 3.5300),
            new Place("9160", "Lokeren", 51.1000, 3.9900),
            new Place("9900", "Eeklo", 51.1850, 3.5600));

    private Places() {
    }

    /** Where the host says the person lives, when it knows postcode, municipality and coordinates. */
    public static Optional<HomeLocation> of(Person person) {
        GeoPoint point = person.location();
        if (point == null || person.postalCode() == null || person.municipality() == null) {
            return Optional.empty();
        }
        return Optional.of(new HomeLocation(person.postalCode(), person.municipality(), point.latitude(),
                point.longitude()));
    }
}
