package be.buddytrajectories.bench.data;

import java.util.List;

/**
 * The words generated people use, written for this generator (not taken from the search-index vocabulary): each
 * interest and job exists in Dutch, English and French, so the matcher has to recognise "voetbal", "soccer" and
 * "foot" as one interest on its own.
 */
final class Wording {

    /** A concept and how people write it: [0] Dutch, [1] English, [2] French; alternatives comma-separated. */
    record Concept(String key, String[][] words) {
        static Concept of(String key, String nl, String en, String fr) {
            return new Concept(key, new String[][] {nl.split(","), en.split(","), fr.split(",")});
        }
    }

    static final List<Concept> INTERESTS = List.of(
            Concept.of("football", "voetbal,voetballen", "football,soccer", "foot,football"),
            Concept.of("cooking", "koken,lekker koken", "cooking", "cuisine,cuisiner"),
            Concept.of("walking", "wandelen,wandelingen", "walking,hiking", "randonnée,marche"),
            Concept.of("cycling", "fietsen,fietstochten", "cycling,biking", "vélo,cyclisme"),
            Concept.of("swimming", "zwemmen", "swimming", "natation"),
            Concept.of("reading", "lezen,boeken", "reading,books", "lecture,lire"),
            Concept.of("music", "muziek,gitaar spelen", "music,playing guitar", "musique"),
            Concept.of("gardening", "tuinieren,moestuin", "gardening", "jardinage"),
            Concept.of("chess", "schaken", "chess", "échecs"),
            Concept.of("dancing", "dansen", "dancing", "danse"),
            Concept.of("photography", "fotografie", "photography", "photographie"),
            Concept.of("film", "film,films kijken", "movies,cinema", "cinéma"),
            Concept.of("running", "lopen,joggen", "running,jogging", "course à pied,jogging"),
            Concept.of("basketball", "basketbal", "basketball", "basket"),
            Concept.of("crafts", "handwerk,breien", "crafts,knitting", "bricolage,tricot"),
            Concept.of("computers", "computers,informatica", "computers", "informatique"),
            Concept.of("painting", "schilderen,tekenen", "painting,drawing", "peinture,dessin"),
            Concept.of("volleyball", "volleybal", "volleyball", "volley"),
            Concept.of("boardgames", "gezelschapsspellen", "board games", "jeux de société"),
            Concept.of("baking", "bakken,taarten bakken", "baking", "pâtisserie"),
            Concept.of("fishing", "vissen", "fishing", "pêche"),
            Concept.of("yoga", "yoga", "yoga", "yoga"),
            Concept.of("travel", "reizen", "travelling", "voyages"),
            Concept.of("theatre", "theater,toneel", "theatre", "théâtre"),
            Concept.of("tennis", "tennis", "tennis", "tennis"),
            Concept.of("languages", "talen leren", "learning languages", "apprendre des langues"),
            Concept.of("nature", "natuur", "nature", "nature"));

    /** Free-text interests no vocabulary knows: they must still be findable as text. */
    static final String[] UNLISTED_INTERESTS = {"origami", "vogels spotten", "oldtimers", "imkeren", "kalligrafie",
        "petanque", "mountainbiken", "klussen", "quizzen", "stripverhalen"};

    static final List<Concept> JOBS = List.of(
            Concept.of("HEALTHCARE", "verpleegkundige,zorgkundige,huisarts", "nurse,caregiver", "infirmière,aide-soignante"),
            Concept.of("EDUCATION", "leerkracht,leraar,lerares", "teacher", "enseignante,professeur"),
            Concept.of("SOCIAL", "maatschappelijk werker,opvoeder", "social worker", "assistante sociale"),
            Concept.of("ADMINISTRATION", "administratief bediende,ambtenaar", "secretary,office clerk", "secrétaire"),
            Concept.of("FINANCE", "boekhouder", "accountant", "comptable"),
            Concept.of("IT", "programmeur,systeembeheerder", "software developer", "informaticien"),
            Concept.of("HOSPITALITY", "kok,serveerster", "chef,waiter", "cuisinier"),
            Concept.of("TRADES", "elektricien,loodgieter", "electrician,plumber", "électricien,plombier"),
            Concept.of("TRANSPORT", "chauffeur,buschauffeur", "truck driver", "livreur"),
            Concept.of("PERSONAL_CARE", "kapper", "hairdresser", "coiffeuse"),
            Concept.of("RETAIL", "verkoper,kassierster", "shop assistant", "vendeuse"),
            Concept.of("LEGAL", "jurist,advocaat", "lawyer", "avocate"),
            Concept.of("NONE", "gepensioneerd,student", "retired,student", "retraité,étudiant"));

    static final String[] FLEMISH_FIRST_NAMES_F = {"An", "Els", "Griet", "Katrien", "Lotte", "Sofie", "Ine", "Hilde",
        "Marleen", "Nele", "Eline", "Lien", "Fien", "Jana", "Liesbeth", "Veerle", "Annelies", "Kaat", "Tine", "Ruth"};
    static final String[] FLEMISH_FIRST_NAMES_M = {"Bart", "Dirk", "Filip", "Hans", "Jens", "Pieter", "Tom", "Wim",
        "Koen", "Stijn", "Joris", "Lode", "Wout", "Jef", "Geert", "Maarten", "Ruben", "Senne", "Luc", "Bram"};
    static final String[] NEWCOMER_FIRST_NAMES_F = {"Rania", "Zainab", "Hana", "Leila", "Amina", "Daria", "Olena",
        "Fatima", "Aisha", "Mariam", "Selam", "Hodan", "Nour", "Yasmin", "Elif", "Shirin", "Kateryna", "Safiya"};
    static final String[] NEWCOMER_FIRST_NAMES_M = {"Mehmet", "Yusuf", "Ahmad", "Bilal", "Farid", "Omar", "Ivan",
        "Mohammed", "Abdullah", "Tesfay", "Hamid", "Mustafa", "Dmytro", "Karim", "Samir", "Idris", "Reza", "Yonas"};
    static final String[] FLEMISH_LAST_NAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
        "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Hermans", "Aerts", "Van Dyck", "Dubois", "Lambrecht",
        "De Backer", "Van den Broeck", "Verstraete", "Desmet", "Vandenberghe", "Coppens", "Michiels", "Segers"};
    static final String[] NEWCOMER_LAST_NAMES = {"Haddad", "Rahimi", "Tesfaye", "Kovalenko", "Yilmaz", "Ahmadi",
        "Mohamed", "Hussein", "Shevchenko", "Kaya", "Abdi", "Haile", "Nazari", "Al-Sayed", "Demir", "Bondarenko"};

    /** Languages volunteers speak besides Dutch, most common first. */
    static final String[] VOLUNTEER_LANGUAGES = {"en", "fr", "de", "es", "ar", "tr", "ru", "uk", "fa", "it"};
    /** Contact languages of newcomers. */
    static final String[] NEWCOMER_LANGUAGES = {"ar", "fa", "ps", "ti", "so", "uk", "ru", "tr", "fr", "en", "es",
        "ku", "am"};
    static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
    static final String[] DAY_PARTS = {"MORNING", "AFTERNOON", "EVENING"};
    static final String[] STREETS = {"Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat",
        "Nieuwstraat", "Kapelstraat", "Beekstraat", "Hoogstraat", "Veldstraat"};

    private Wording() {
    }
}
