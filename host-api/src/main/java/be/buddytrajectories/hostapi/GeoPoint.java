package be.buddytrajectories.hostapi;

/** WGS84 coordinates of a home address (geocoded by the host, usually to the street or postcode). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
