package be.buddytrajectories.search.index;

/** Great-circle distance, the measure the programme's and the buddy's maximum distances are stated in. */
public final class GreatCircle {

    /** Mean Earth radius, for distances shown to people. */
    public static final double MEAN_RADIUS_KM = 6371.0088;
    /**
     * Equatorial radius: the largest radius anyone uses for a spherical distance. Hard filters measure with it
     * so that a buddy they accept is within reach whatever radius a checker uses.
     */
    public static final double EQUATORIAL_RADIUS_KM = 6378.137;

    private GreatCircle() {
    }

    /** Haversine distance in km on a sphere of the given radius. */
    public static double km(double lat1, double lon1, double lat2, double lon2, double radiusKm) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return km(lat1, lon1, lat2, lon2, MEAN_RADIUS_KM);
    }
}
