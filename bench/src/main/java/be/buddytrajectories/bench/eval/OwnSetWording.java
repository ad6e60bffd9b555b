package be.buddytrajectories.bench.eval;

import java.util.List;
import java.util.Random;

/**
 * The wording of our own set: people around Antwerp, interests and jobs from the word lists below (written for
 * this generator, not copied from the search-index vocabulary).
 */
final class OwnSetWording extends SetWording {

    private static final String[][] NO_SECTOR = {{"gepensioneerd", "student", "huisvrouw"},
        {"retired", "student", "homemaker"}, {"retraité", "étudiant", "mère au foyer"}};
    private static final String[][] TOWNS = {{"2000", "Antwerpen", "51.2194", "4.4025"},
        {"2600", "Berchem", "51.1990", "4.4320"}, {"2100", "Deurne", "51.2210", "4.4660"},
        {"2170", "Merksem", "51.2450", "4.4450"}, {"2660", "Hoboken", "51.1760", "4.3480"},
        {"2610", "Wilrijk", "51.1680", "4.3950"}, {"2640", "Mortsel", "51.1700", "4.4560"},
        {"2650", "Edegem", "51.1560", "4.4440"}, {"2900", "Schoten", "51.2520", "4.5010"},
        {"2930", "Brasschaat", "51.2910", "4.4920"}, {"2950", "Kapellen", "51.3130", "4.4320"},
        {"2850", "Boom", "51.0880", "4.3660"}, {"2500", "Lier", "51.1310", "4.5700"},
        {"2800", "Mechelen", "51.0280", "4.4800"}, {"2070", "Zwijndrecht", "51.2170", "4.3290"},
        {"2550", "Kontich", "51.1340", "4.4460"}, {"2160", "Wommelgem", "51.2050", "4.5220"}};

    OwnSetWording() {
        super(NO_SECTOR, TOWNS);
        interest("football", "voetbal,voetballen", "football,soccer", "foot,football");
        interest("cooking", "koken,lekker koken", "cooking,cook", "cuisine,cuisiner");
        interest("walking", "wandelen,wandelingen", "walking,hiking", "randonnée,marche");
        interest("cycling", "fietsen,fietstochten", "cycling,biking", "vélo,cyclisme");
        interest("swimming", "zwemmen", "swimming", "natation,nager");
        interest("reading", "lezen,boeken lezen", "reading,books", "lecture,lire");
        interest("music", "muziek,muziek maken", "music", "musique");
        interest("gardening", "tuinieren,moestuin", "gardening", "jardinage");
        interest("chess", "schaken", "chess", "échecs");
        interest("dancing", "dansen", "dancing", "danse");
        interest("photography", "fotografie,foto's maken", "photography", "photo,photographie");
        interest("film", "film,films kijken", "movies,cinema", "cinéma");
        interest("running", "lopen,hardlopen,joggen", "running,jogging", "course à pied,jogging");
        interest("basketball", "basketbal", "basketball", "basket");
        interest("crafts", "handwerk,breien", "crafts,knitting", "bricolage,tricot");
        interest("computers", "computers,informatica", "computers,technology", "informatique");
        interest("painting", "schilderen,tekenen", "painting,drawing", "peinture,dessin");
        interest("volleyball", "volleybal", "volleyball", "volley");
        interest("boardgames", "gezelschapsspellen", "board games", "jeux de société");
        interest("baking", "bakken,taarten bakken", "baking", "pâtisserie");
        interest("fishing", "vissen", "fishing", "pêche");
        interest("yoga", "yoga", "yoga", "yoga");
        interest("travel", "reizen", "travelling", "voyages");
        interest("theatre", "theater,toneel", "theatre,drama", "théâtre");
        job("HEALTHCARE", "verpleegkundige,zorgkundige", "nurse,caregiver", "infirmière,aide-soignante");
        job("EDUCATION", "leerkracht,leraar", "teacher", "enseignante,professeur");
        job("SOCIAL", "maatschappelijk werker,opvoeder", "social worker", "assistante sociale");
        job("ADMINISTRATION", "administratief bediende", "secretary,office clerk", "secrétaire");
        job("FINANCE", "boekhouder", "accountant", "comptable");
        job("IT", "programmeur", "software developer", "informaticien");
        job("HOSPITALITY", "kok,serveerster", "chef,waiter", "cuisinier");
        job("TRADES", "elektricien,loodgieter", "electrician,plumber", "électricien,plombier");
        job("TRANSPORT", "chauffeur,buschauffeur", "truck driver", "livreur");
        job("PERSONAL_CARE", "kapper", "hairdresser", "coiffeuse");
        job("RETAIL", "verkoper,kassierster", "shop assistant", "vendeuse");
    }

    @Override
    String formerly(int language) {
        return language == 0 ? "vroeger " : language == 1 ? "former " : "ancien ";
    }

    @Override
    String volunteerAbout(Random random, String profession, List<String> interests, String town,
                          boolean hasChildren) {
        return switch (random.nextInt(4)) {
            case 0 -> "Ik ben " + profession + " en hou van " + interests.get(0) + ". Ik wil graag iemand wegwijs maken in "
                    + town + "." + (hasChildren ? " Ik heb zelf kinderen." : "");
            case 1 -> "I work as " + profession + ". In my free time I enjoy " + String.join(" and ", interests)
                    + (hasChildren ? ". Mother/father of two." : ".");
            case 2 -> "Na mijn werk als " + profession + " heb ik tijd om iemand te helpen. Hobby: "
                    + interests.get(interests.size() - 1) + ".";
            default -> "Je suis " + profession + " et j'aime " + interests.get(0) + ". Ik help graag nieuwkomers.";
        };
    }

    @Override
    String newcomerAbout(Random random, String title, String languageName, List<String> interests) {
        return switch (random.nextInt(3)) {
            case 0 -> "Ik werkte als " + title + " in mijn land. Ik spreek " + languageName + ". Ik hou van "
                    + interests.get(0) + ".";
            case 1 -> "I was a " + title + " back home. I would like to meet people and I like "
                    + String.join(", ", interests) + ".";
            default -> "J'étais " + title + ". J'aime " + interests.get(0) + " et je veux apprendre le néerlandais.";
        };
    }
}
