package be.buddytrajectories.bench.screens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A volunteer spreadsheet as an organisation keeps one and saves as CSV: semicolons, UTF-8, names, e-mail, birth
 * year, postcode and municipality (no coordinates: the import places each row at its municipality), languages,
 * interests, availability and profession, and no consent columns (the coordinator states consent for the file).
 */
final class VolunteerSheet {

    static final String HEADER = "Voornaam;Achternaam;E-mail;Geboortejaar;Postcode;Gemeente;Talen;Interesses;"
            + "Beschikbaarheid;Beroep";
    private static final List<String> FIRST_NAMES = List.of("Jan", "Els", "Tom", "An", "Pieter", "Sofie", "Koen",
            "Lies", "Wim", "Katrien", "Bart", "Inge", "Dirk", "Hilde", "Luc", "Griet", "Stijn", "Nele", "Joris",
            "Marie", "Zoë", "Eline", "Youssef", "Lotte");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Vermeulen", "Van Damme", "De Clercq",
            "Hermans", "Aerts", "El Amrani", "Verstraete", "Lambrecht", "De Wilde", "Coppens", "Bogaert");
    private static final List<String[]> PLACES = List.of(new String[] {"9000", "Gent"},
            new String[] {"8000", "Brugge"}, new String[] {"3000", "Leuven"}, new String[] {"2800", "Mechelen"},
            new String[] {"9300", "Aalst"}, new String[] {"8500", "Kortrijk"}, new String[] {"3500", "Hasselt"},
            new String[] {"9100", "Sint-Niklaas"}, new String[] {"3600", "Genk"}, new String[] {"8800", "Roeselare"},
            new String[] {"9200", "Dendermonde"}, new String[] {"2500", "Lier"}, new String[] {"2300", "Turnhout"},
            new String[] {"9230", "Wetteren"}, new String[] {"9800", "Deinze"}, new String[] {"2000", "Antwerpen"});
    private static final List<String> LANGUAGES = List.of("nl:moedertaal, fr", "nl:moedertaal, en:vloeiend",
            "nl:moedertaal, fr:vloeiend, en", "nl:moedertaal, de", "nl:vloeiend, ar:moedertaal, fr",
            "nl:moedertaal, es");
    private static final List<String> INTERESTS = List.of("wandelen", "koken", "voetbal", "fietsen", "lezen",
            "muziek", "schaken", "zwemmen", "tuinieren", "fotografie");
    private static final List<String> SLOTS = List.of("MON_EVENING", "TUE_EVENING", "WED_AFTERNOON", "WED_EVENING",
            "THU_EVENING", "SAT_MORNING", "SAT_AFTERNOON", "SUN_AFTERNOON");
    private static final List<String> PROFESSIONS = List.of("leerkracht", "verpleegkundige", "boekhouder",
            "ingenieur", "gepensioneerd", "student", "kok", "");

    private VolunteerSheet() {
    }

    static byte[] csv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            String[] place = pick(random, PLACES);
            String email = (first + "." + last + "." + i + "@vrijwilligers.example.org").toLowerCase(Locale.ROOT)
                    .replace(' ', '-').replace("ë", "e");
            csv.append(String.join(";", first, last, email, Integer.toString(1950 + random.nextInt(55)), place[0],
                    place[1], pick(random, LANGUAGES), pick(random, INTERESTS) + ", " + pick(random, INTERESTS),
                    pick(random, SLOTS) + ", " + pick(random, SLOTS), pick(random, PROFESSIONS))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
