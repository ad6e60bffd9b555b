package be.buddytrajectories.bench.eval;

import java.util.List;
import java.util.Random;

/**
 * The held-out wording set (issue 16): the same interest concepts and sectors as our own set, worded as people
 * write them on a form and not as any word list of the project has them: other synonyms, typos of one letter,
 * Dutch compounds ("natuurwandelingen", "kookworkshops"), whole phrases ("voetbal kijken", "going for a swim")
 * and job titles with a place or a speciality. The lists were written on 2026-12-05 before the matcher was
 * changed for them, and the matcher is never tuned on this set: it only measures.
 */
final class HeldOutWording extends SetWording {

    private static final String[][] NO_SECTOR = {{"met pensioen", "studente", "thuisblijfmoeder"},
        {"pensioner", "university student", "stay-at-home dad"}, {"à la retraite", "étudiante", "père au foyer"}};
    private static final String[][] TOWNS = {{"3000", "Leuven", "50.8798", "4.7005"},
        {"3001", "Heverlee", "50.8640", "4.6940"}, {"3010", "Kessel-Lo", "50.8880", "4.7290"},
        {"3012", "Wilsele", "50.8990", "4.6980"}, {"3020", "Herent", "50.9090", "4.6700"},
        {"3060", "Bertem", "50.8640", "4.6260"}, {"3070", "Kortenberg", "50.8830", "4.5430"},
        {"3080", "Tervuren", "50.8240", "4.5140"}, {"3210", "Lubbeek", "50.8810", "4.8390"},
        {"3150", "Haacht", "50.9770", "4.6370"}, {"3110", "Rotselaar", "50.9530", "4.7160"},
        {"3220", "Holsbeek", "50.9210", "4.7570"}, {"3050", "Oud-Heverlee", "50.8380", "4.6610"},
        {"3200", "Aarschot", "50.9870", "4.8360"}, {"3300", "Tienen", "50.8070", "4.9380"}};

    HeldOutWording() {
        super(NO_SECTOR, TOWNS);
        interest("football", "voetbal kijken,zaalvoetbal,voetbalmatchen,voebal",
                "watching football,five-a-side football,footbal,soccer games",
                "regarder le foot,matchs de football,futsal");
        interest("cooking", "kookworkshops,samen eten maken,koken voor vrienden,kokken",
                "cooking classes,preparing meals,home cooking,cookng", "faire la cuisine,cuisine du monde,cuisinner");
        interest("walking", "natuurwandelingen,boswandelingen,wandelen in de natuur,wandlen",
                "nature walks,hill walking,rambling,walkng", "balades,promenades en forêt,randonée");
        interest("cycling", "fietstochtjes,mountainbiken,fietsen langs de kanalen,fietssen",
                "bike rides,road cycling,cyclng", "balades à vélo,faire du vélo,cyclotourisme");
        interest("swimming", "baantjes zwemmen,zwembadbezoek,zwemen",
                "swimming pool,going for a swim,swiming", "aller à la piscine,natation en club,nataton");
        interest("reading", "romans lezen,leesclub,boekenclub,lezzen",
                "reading novels,book club,readng", "lire des romans,club de lecture,lectures");
        interest("music", "muziek luisteren,een instrument bespelen,muzeik,concerten bezoeken",
                "listening to music,playing an instrument,musik", "écouter de la musique,concerts,musiqe");
        interest("gardening", "moestuinieren,tuinwerk,in de tuin werken,tuinieeren",
                "growing vegetables,allotment gardening,gardenning", "potager,jardiner,jardinnage");
        interest("chess", "schaakclub,schaakspel,schaakn",
                "playing chess,chess club,chesss", "jouer aux échecs,club d'échecs");
        interest("dancing", "volksdansen,salsadansen,danslessen",
                "salsa dancing,dance classes,dansing", "danses folkloriques,cours de danse,dansse");
        interest("photography", "natuurfotografie,fotograferen,fotografiee",
                "taking pictures,nature photography,photograpy", "prendre des photos,photographie de nature");
        interest("film", "filmavonden,naar de bioscoop,filmms",
                "film nights,going to the cinema,moveis", "aller au cinéma,les films,cinémaa");
        interest("running", "hardloopwedstrijden,joggen in het park,loopgroep,hardlopn",
                "jogging in the park,marathon training,runing", "footing,courir le dimanche,joging");
        interest("basketball", "streetbasket,basketbalclub,baskettbal",
                "shooting hoops,basket ball,basketbal games", "basket-ball,matchs de basket");
        interest("crafts", "haken en breien,knutselen,naaiatelier,breiwerk",
                "sewing,knitting and crochet,handicrafts", "couture,tricoter,travaux manuels");
        interest("computers", "computerprogrammeren,met computers werken,computerrs",
                "programming,coding,computer stuff", "ordinateurs,programmation,informatiqe");
        interest("painting", "aquarelleren,schilderkunst,tekenlessen",
                "watercolour painting,sketching,paintng", "aquarelle,peindre,dessiner");
        interest("volleyball", "beachvolley,volleybalclub,volleyballen",
                "beach volleyball,voleyball", "volley-ball,beach-volley");
        interest("boardgames", "bordspellen,spelletjesavond,gezelschapspellen",
                "tabletop games,boardgames,game nights", "jeux de plateau,jeux de societé");
        interest("baking", "taartjes bakken,brood bakken,bakwedstrijden",
                "baking bread,cake baking,bakking", "faire des gâteaux,pâtisserie maison");
        interest("fishing", "hengelen,vissen aan de rivier,zeevissen",
                "angling,fly fishing,fishng", "aller à la pêche,pêche en rivière");
        interest("yoga", "yogalessen,yoga en meditatie,yogaa",
                "yoga classes,yogga", "cours de yoga,yoga du matin");
        interest("travel", "op reis gaan,wereldreizen,citytrips",
                "backpacking,exploring new countries,travel", "voyager,découvrir des pays");
        interest("theatre", "toneelspelen,theaterbezoek,naar het theater gaan",
                "acting,amateur dramatics,going to the theater", "faire du théâtre,pièces de théâtre");
        job("HEALTHCARE", "thuisverpleegkundige,ziekenhuisverpleegster,verpleegkundge",
                "registered nurse,home care nurse,nursing assistant", "infirmière à domicile,auxiliaire de soins");
        job("EDUCATION", "kleuterjuf,basisschoolleraar,lerares Frans",
                "primary school teacher,English teacher,teaching assistant",
                "institutrice maternelle,prof de français");
        job("SOCIAL", "jeugdwerker,straathoekwerker,sociaal assistent",
                "social care worker,community worker", "éducateur spécialisé,travailleuse sociale");
        job("ADMINISTRATION", "bediende op kantoor,secretariaatsmedewerker,administratieve kracht",
                "office administrator,receptionist at a firm", "employée de bureau,assistante administrative");
        job("FINANCE", "boekhoudster,bankbediende", "bookkeeper,bank clerk", "comptable agréée,employé de banque");
        job("IT", "softwareontwikkelaar,webontwikkelaar,IT-consultant",
                "web developer,IT consultant,programmer", "développeur web,ingénieur informatique");
        job("HOSPITALITY", "keukenhulp,horecamedewerker,barman",
                "kitchen assistant,restaurant worker,cook", "serveur,aide cuisinier");
        job("TRADES", "bouwvakker,schrijnwerker,metselaar", "carpenter,builder,bricklayer", "menuisier,maçon");
        job("TRANSPORT", "vrachtwagenchauffeur,taxichauffeur,koerier",
                "bus driver,delivery driver", "chauffeur de taxi,camionneur");
        job("PERSONAL_CARE", "kapster,schoonheidsspecialiste", "barber,beautician", "coiffeur,esthéticienne");
        job("RETAIL", "winkelbediende,vakkenvuller", "cashier,sales assistant", "caissière,vendeur en magasin");
    }

    @Override
    String formerly(int language) {
        return language == 0 ? "ex-" : language == 1 ? "used to be a " : "autrefois ";
    }

    @Override
    String volunteerAbout(Random random, String profession, List<String> interests, String town,
                          boolean hasChildren) {
        return switch (random.nextInt(4)) {
            case 0 -> "Ik werk als " + profession + ". In het weekend doe ik aan " + interests.get(0)
                    + ". Ik woon al jaren in " + town + (hasChildren ? " met mijn gezin." : ".");
            case 1 -> "By day I'm a " + profession + "; in my spare time: " + String.join(", ", interests)
                    + (hasChildren ? ". Two kids at primary school." : ".");
            case 2 -> "Beroep: " + profession + ". Vrije tijd: " + String.join(" en ", interests)
                    + ". Ik wil iemand helpen zijn weg te vinden.";
            default -> "Moi, je suis " + profession + ". Mes loisirs: " + interests.get(interests.size() - 1) + ".";
        };
    }

    @Override
    String newcomerAbout(Random random, String title, String languageName, List<String> interests) {
        return switch (random.nextInt(3)) {
            case 0 -> "Vroeger " + title + ". Mijn taal is " + languageName + ". Graag " + interests.get(0) + ".";
            case 1 -> "Back home I worked as " + title + ". I enjoy " + String.join(" and ", interests)
                    + " and want to make friends here.";
            default -> "Avant, j'étais " + title + ". Je voudrais " + interests.get(0) + " avec quelqu'un.";
        };
    }
}
