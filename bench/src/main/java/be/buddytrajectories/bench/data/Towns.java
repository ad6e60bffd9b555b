package be.buddytrajectories.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/** Flemish towns where generated people live, weighted roughly by population (so Antwerp and Gent dominate). */
final class Towns {

    record Town(String postcode, String name, double lat, double lon, int weight) {
    }

    static final List<Town> ALL = List.of(
            new Town("2000", "Antwerpen", 51.2194, 4.4025, 30), new Town("9000", "Gent", 51.0543, 3.7174, 26),
            new Town("3000", "Leuven", 50.8798, 4.7005, 10), new Town("8000", "Brugge", 51.2093, 3.2247, 11),
            new Town("2800", "Mechelen", 51.0259, 4.4776, 9), new Town("9300", "Aalst", 50.9378, 4.0403, 8),
            new Town("8500", "Kortrijk", 50.8280, 3.2649, 8), new Town("3500", "Hasselt", 50.9307, 5.3325, 8),
            new Town("3600", "Genk", 50.9650, 5.5008, 7), new Town("9100", "Sint-Niklaas", 51.1652, 4.1437, 8),
            new Town("8400", "Oostende", 51.2154, 2.9275, 7), new Town("8800", "Roeselare", 50.9469, 3.1227, 6),
            new Town("2300", "Turnhout", 51.3227, 4.9447, 4), new Town("9200", "Dendermonde", 51.0286, 4.1010, 5),
            new Town("1800", "Vilvoorde", 50.9281, 4.4245, 4), new Town("9160", "Lokeren", 51.1036, 3.9932, 4),
            new Town("2440", "Geel", 51.1614, 4.9896, 4), new Town("2200", "Herentals", 51.1766, 4.8357, 3),
            new Town("2500", "Lier", 51.1313, 4.5704, 4), new Town("9400", "Ninove", 50.8290, 4.0251, 4),
            new Town("3300", "Tienen", 50.8073, 4.9378, 3), new Town("8790", "Waregem", 50.8893, 3.4273, 4),
            new Town("8900", "Ieper", 50.8514, 2.8857, 3), new Town("9120", "Beveren", 51.2121, 4.2561, 4),
            new Town("2400", "Mol", 51.1910, 5.1166, 3), new Town("1500", "Halle", 50.7339, 4.2345, 4),
            new Town("1930", "Zaventem", 50.8836, 4.4729, 3), new Town("2930", "Brasschaat", 51.2912, 4.4918, 4),
            new Town("9600", "Ronse", 50.7460, 3.6010, 3), new Town("2100", "Deurne", 51.2210, 4.4660, 6),
            new Town("2600", "Berchem", 51.1990, 4.4320, 4), new Town("9050", "Gentbrugge", 51.0420, 3.7550, 3),
            new Town("3290", "Diest", 50.9894, 5.0506, 2), new Town("3800", "Sint-Truiden", 50.8159, 5.1863, 3),
            new Town("8300", "Knokke-Heist", 51.3500, 3.2650, 2), new Town("1700", "Dilbeek", 50.8480, 4.2590, 3));

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Town::weight).sum();

    private Towns() {
    }

    static Town pick(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Town town : ALL) {
            ticket -= town.weight();
            if (ticket < 0) {
                return town;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
