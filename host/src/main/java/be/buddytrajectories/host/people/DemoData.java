package be.buddytrajectories.host.people;

import be.buddytrajectories.host.security.UserAccounts;
import be.buddytrajectories.hostapi.Gender;
import be.buddytrajectories.hostapi.GeoPoint;
import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PersonKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Demo people around Gent (about 200 volunteers and 60 newcomers, the same every time: the random generator is
 * seeded) and the demo users {@code admin}, {@code coordinator} and {@code buddy}, whose passwords the README
 * states. Loaded only into an empty database, and only when the host is started with demo data.
 */
public final class DemoData {

    public static final int VOLUNTEERS = 200;
    public static final int NEWCOMERS = 60;
    /** Demo passwords, stated in the README: for trying the host out, never for real use. */
    public static final String ADMIN_PASSWORD = "admin-demo-2026";
    public static final String COORDINATOR_PASSWORD = "coordinator-demo-2026";
    public static final String BUDDY_PASSWORD = "buddy-demo-2026";

    private static final long SEED = 20261127L;

    private record Place(String postalCode, String municipality, double lat, double lon, String street) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("9000", "Gent", 51.0543, 3.7174, "Korenmarkt"),
            new Place("9000", "Gent", 51.0500, 3.7300, "Kouter"),
            new Place("9000", "Gent", 51.0620, 3.7230, "Sleepstraat"),
            new Place("9000", "Gent", 51.0380, 3.7110, "Overpoortstraat"),
            new Place("9040", "Sint-Amandsberg", 51.0600, 3.7500, "Antwerpsesteenweg"),
            new Place("9041", "Oostakker", 51.0900, 3.7700, "Gentstraat"),
            new Place("9050", "Gentbrugge", 51.0390, 3.7600, "Brusselsesteenweg"),
            new Place("9050", "Ledeberg", 51.0380, 3.7420, "Hundelgemsesteenweg"),
            new Place("9030", "Mariakerke", 51.0700, 3.6800, "Brugsesteenweg"),
            new Place("9031", "Drongen", 51.0500, 3.6600, "Drongenplein"),
            new Place("9032", "Wondelgem", 51.0900, 3.7200, "Wondelgemstraat"),
            new Place("9052", "Zwijnaarde", 51.0000, 3.7100, "Grotesteenweg-Zuid"),
            new Place("9820", "Merelbeke", 51.0000, 3.7500, "Hundelgemsesteenweg"),
            new Place("9070", "Destelbergen", 51.0600, 3.8000, "Dendermondesteenweg"),
            new Place("9090", "Melle", 51.0000, 3.8000, "Brusselsesteenweg"),
            new Place("9830", "Sint-Martens-Latem", 51.0200, 3.6400, "Dorp"),
            new Place("9840", "De Pinte", 50.9900, 3.6500, "Polderbos"),
            new Place("9940", "Evergem", 51.1100, 3.7100, "Kerkplein"),
            new Place("9920", "Lovendegem", 51.1000, 3.6100, "Grote Baan"),
            new Place("9080", "Lochristi", 51.1000, 3.8300, "Dorp-West"),
            new Place("9230", "Wetteren", 51.0000, 3.8800, "Markt"),
            new Place("9800", "Deinze", 50.9800, 3.5300, "Markt"),
            new Place("9160", "Lokeren", 51.1000, 3.9900, "Groentemarkt"),
            new Place("9900", "Eeklo", 51.1850, 3.5600, "Markt"));

    private static final List<String> FLEMISH_WOMEN = List.of("An", "Annelies", "Els", "Lotte", "Sofie", "Katrien",
            "Marie", "Hilde", "Greet", "Lien", "Nele", "Inge", "Griet", "Fien", "Elke", "Ine", "Lore", "Jana", "Eline",
            "Kaat", "Veerle", "Liesbeth", "Mieke", "Tine", "Margot", "Febe", "Ruth", "Saskia", "Ilse", "Hanne");
    private static final List<String> FLEMISH_MEN = List.of("Jan", "Pieter", "Koen", "Wout", "Bart", "Tom", "Jef",
            "Stijn", "Dirk", "Luc", "Maarten", "Joris", "Thomas", "Ward", "Arne", "Sander", "Geert", "Wim", "Hendrik",
            "Toon", "Lander", "Jonas", "Sven", "Filip", "Pieterjan", "Robbe", "Seppe", "Kris", "Bram", "Dries");
    private static final List<String> FLEMISH_SURNAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Hermans", "Aerts", "Pauwels", "Desmet",
            "Van de Velde", "Vermeulen", "De Clercq", "Van Damme", "Verstraete", "De Vos", "Lambrecht", "Vandenberghe",
            "Martens", "Declercq", "De Backer", "Van Hecke", "Coppens", "Vanhaecke", "De Wilde", "Bauwens",
            "Van Acker", "Verhaeghe", "De Meyer", "Vercruysse", "Van Parys", "Stevens", "Cools", "Baert", "D'Hondt");

    private record Origin(List<String> women, List<String> men, List<String> surnames, List<String> languages) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin(List.of("Amina", "Fatima", "Rasha", "Nour", "Lina", "Hiba", "Reem"),
                    List.of("Ahmad", "Omar", "Khaled", "Yousef", "Mahmoud", "Tarek", "Samer"),
                    List.of("Al-Hassan", "Haddad", "Khalil", "Nasser", "Darwish", "Saleh", "Hamdan"),
                    List.of("ar", "en")),
            new Origin(List.of("Zahra", "Mariam", "Parwana", "Shabnam", "Freshta"),
                    List.of("Ahmad", "Mohammad", "Farid", "Hamid", "Wahid", "Nasrullah"),
                    List.of("Rahimi", "Ahmadi", "Hakimi", "Noori", "Sultani", "Karimi"),
                    List.of("fa", "ps")),
            new Origin(List.of("Selam", "Helen", "Senait", "Mebrat", "Yohanna"),
                    List.of("Tesfay", "Yonas", "Dawit", "Kidane", "Mehari", "Filmon"),
                    List.of("Gebremedhin", "Tesfamariam", "Haile", "Berhane", "Kahsay"),
                    List.of("ti", "en")),
            new Origin(List.of("Olena", "Iryna", "Kateryna", "Oksana", "Natalia", "Yulia"),
                    List.of("Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola"),
                    List.of("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
                    List.of("uk", "ru", "en")),
            new Origin(List.of("Ayşe", "Elif", "Zeynep", "Merve"),
                    List.of("Mehmet", "Mustafa", "Emre", "Yusuf"),
                    List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"),
                    List.of("tr")),
            new Origin(List.of("Khadija", "Salma", "Naima", "Hafsa"),
                    List.of("Youssef", "Mohamed", "Hamza", "Anas"),
                    List.of("El Amrani", "Benali", "Bouzid", "El Idrissi", "Ouali"),
                    List.of("ar", "fr")),
            new Origin(List.of("Grace", "Esther", "Mireille", "Clarisse"),
                    List.of("Patrick", "Jean-Paul", "Christian", "Emmanuel"),
                    List.of("Mukendi", "Kabongo", "Ilunga", "Tshibanda", "Mbuyi"),
                    List.of("fr", "ln")),
            new Origin(List.of("Hodan", "Ayaan", "Fadumo", "Sahra"),
                    List.of("Abdi", "Mohamed", "Abdullahi", "Hassan"),
                    List.of("Warsame", "Farah", "Abdi", "Jama", "Osman"),
                    List.of("so", "en")),
            new Origin(List.of("Leila", "Shirin", "Mahsa", "Nasrin"),
                    List.of("Reza", "Ali", "Behnam", "Arash"),
                    List.of("Hosseini", "Moradi", "Rezaei", "Jafari"),
                    List.of("fa", "en")),
            new Origin(List.of("Rojin", "Berfin", "Nazdar"),
                    List.of("Baran", "Rojhat", "Dilshad"),
                    List.of("Barzani", "Ali", "Rashid"),
                    List.of("ku", "ar", "tr")));

    private static final List<String> VOLUNTEER_EXTRA_LANGUAGES = List.of("en", "en", "en", "fr", "fr", "de",
            "es", "ar", "tr", "ru", "it", "pt", "fa");
    private static final List<String> INTERESTS = List.of("voetbal", "koken", "wandelen", "fietsen", "lezen",
            "muziek", "tuinieren", "schaken", "fotografie", "zwemmen", "naaien", "dansen", "film", "yoga",
            "knutselen", "breien", "basketbal", "lopen", "geschiedenis", "bakken", "vissen", "theater", "museum",
            "gitaar", "zingen", "tekenen", "volleybal", "natuur", "reizen", "computers");

    private DemoData() {
    }

    /** The demo users; the buddy is the person {@code buddyPersonId}, the first demo volunteer. */
    static void createUsers(UserAccounts accounts, long buddyPersonId) {
        accounts.create("admin", ADMIN_PASSWORD.toCharArray(), null, List.of("ADMIN"));
        accounts.create("coordinator", COORDINATOR_PASSWORD.toCharArray(), null, List.of("COORDINATOR"));
        accounts.create("buddy", BUDDY_PASSWORD.toCharArray(), buddyPersonId, List.of("BUDDY"));
    }

    /**
     * The demo people, each name once: two people of the same name would look like one person listed twice on the
     * waiting list.
     */
    static List<NewPerson> people() {
        Random random = new Random(SEED);
        Set<String> names = new HashSet<>();
        List<NewPerson> people = new ArrayList<>();
        while (people.size() < VOLUNTEERS) {
            NewPerson volunteer = volunteer(random);
            if (names.add(volunteer.firstName() + " " + volunteer.lastName())) {
                people.add(volunteer);
            }
        }
        while (people.size() < VOLUNTEERS + NEWCOMERS) {
            NewPerson newcomer = newcomer(random);
            if (names.add(newcomer.firstName() + " " + newcomer.lastName())) {
                people.add(newcomer);
            }
        }
        return people;
    }

    private static NewPerson volunteer(Random random) {
        Gender gender = random.nextInt(100) < 58 ? Gender.F : random.nextInt(100) < 97 ? Gender.M : Gender.X;
        String first = pick(random, gender == Gender.M ? FLEMISH_MEN : FLEMISH_WOMEN);
        String last = pick(random, FLEMISH_SURNAMES);
        Set<String> languages = new LinkedHashSet<>(List.of("nl"));
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            languages.add(pick(random, VOLUNTEER_EXTRA_LANGUAGES));
        }
        return person(random, PersonKind.VOLUNTEER, first, last, gender, 1950 + random.nextInt(55),
                List.copyOf(languages));
    }

    private static NewPerson newcomer(Random random) {
        Origin origin = pick(random, ORIGINS);
        Gender gender = random.nextBoolean() ? Gender.F : Gender.M;
        String first = pick(random, gender == Gender.F ? origin.women() : origin.men());
        String last = pick(random, origin.surnames());
        List<String> languages = origin.languages().subList(0, 1 + random.nextInt(origin.languages().size()));
        return person(random, PersonKind.NEWCOMER, first, last, gender, 1965 + random.nextInt(43), languages);
    }

    private static NewPerson person(Random random, PersonKind kind, String first, String last, Gender gender,
                                    int birthYear, List<String> languages) {
        Place place = pick(random, PLACES);
        // Scatter within about 700 m of the place, so that distances differ between neighbours.
        double lat = place.lat() + (random.nextDouble() - 0.5) * 0.012;
        double lon = place.lon() + (random.nextDouble() - 0.5) * 0.018;
        Set<String> tags = new LinkedHashSet<>();
        int interests = 2 + random.nextInt(3);
        while (tags.size() < interests) {
            tags.add(pick(random, INTERESTS));
        }
        String email = ascii(first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                + random.nextInt(100) + "@example.org";
        String phone = String.format(Locale.ROOT, "+32 4%02d %02d %02d %02d", 70 + random.nextInt(30),
                random.nextInt(100), random.nextInt(100), random.nextInt(100));
        return new NewPerson(kind, first, last, email, phone, birthYear, gender,
                place.street() + " " + (1 + random.nextInt(180)), place.postalCode(), place.municipality(),
                new GeoPoint(lat, lon), languages, tags);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ı", "i");
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
