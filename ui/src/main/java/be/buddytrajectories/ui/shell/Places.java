package be.buddytrajectories.ui.shell;

import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.Localities;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person lives, for a person the host has not geocoded: matching needs coordinates, and the host offers no
 * geocoder to plugins. A place field suggests the municipalities of the programme's region and takes any Belgian
 * place typed as postcode and name ("2000 Antwerpen"), placed at the centre of the locality.
 */
public final class Places {

    private static final Pattern TYPED = Pattern.compile("\\s*([0-9]{4})\\s+(\\S.*?)\\s*");

    /** One municipality and its centre. */
    public record Place(String postcode, String municipality, double latitude, double longitude) {

        public String label() {
            return postcode + " " + municipality;
        }

        public static Place of(HomeLocation home) {
            return new Place(home.postcode(), home.municipality(), home.latitude(), home.longitude());
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

    /** The place typed as "postcode name", when it is a Belgian locality. */
    static Optional<Place> typed(String text) {
        Matcher matcher = TYPED.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Localities.belgium().find(matcher.group(1), matcher.group(2)).map(locality ->
                new Place(matcher.group(1), matcher.group(2), locality.latitude(), locality.longitude()));
    }

    /**
     * Makes {@code field} offer the region's municipalities and accept any Belgian place typed as postcode and
     * name; what it cannot place marks the field invalid with a message that says how to write it.
     */
    public static void offerIn(ComboBox<Place> field) {
        field.setItems(new ArrayList<>(ALL));
        field.setItemLabelGenerator(Place::label);
        field.setAllowCustomValue(true);
        field.setHelperText(field.getTranslation("buddy.place.helper"));
        field.addCustomValueSetListener(e -> typed(e.getDetail()).ifPresentOrElse(place -> {
            field.getListDataView().addItem(place);
            field.setValue(place);
            field.setInvalid(false);
        }, () -> {
            field.setErrorMessage(field.getTranslation("buddy.place.unknown", e.getDetail()));
            field.setInvalid(true);
        }));
    }
}
