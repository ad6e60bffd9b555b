package be.buddytrajectories.search.matching;

import be.buddytrajectories.search.index.GreatCircle;
import be.buddytrajectories.search.index.ProfileFields;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;

/**
 * Buddies living within both the programme's maximum and their own maximum travel distance of a point. The
 * buddy's maximum differs per document, so no point query can express it: each candidate's location and radius
 * are read from doc values and the great-circle distance is computed exactly (on the equatorial radius, the
 * cautious choice). Use after a cheap {@code LatLonPoint} distance filter that narrows the candidates.
 */
final class WithinTravelDistanceQuery extends Query {

    private final double lat;
    private final double lon;
    private final double programmeMaxKm;

    WithinTravelDistanceQuery(double lat, double lon, double programmeMaxKm) {
        this.lat = lat;
        this.lon = lon;
        this.programmeMaxKm = programmeMaxKm;
    }

    /** Whether a buddy at this point with this radius is within reach. */
    boolean withinReach(double buddyLat, double buddyLon, double buddyMaxKm) {
        double distance = GreatCircle.km(lat, lon, buddyLat, buddyLon, GreatCircle.EQUATORIAL_RADIUS_KM);
        return distance <= Math.min(programmeMaxKm, buddyMaxKm);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                SortedNumericDocValues locations = DocValues.getSortedNumeric(context.reader(), ProfileFields.LOCATION);
                SortedNumericDocValues radii =
                        DocValues.getSortedNumeric(context.reader(), ProfileFields.MAX_DISTANCE_KM);
                TwoPhaseIterator twoPhase = new TwoPhaseIterator(locations) {
                    @Override
                    public boolean matches() throws IOException {
                        if (!radii.advanceExact(locations.docID())) {
                            return false;
                        }
                        long encoded = locations.nextValue();
                        double buddyLat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
                        double buddyLon = GeoEncodingUtils.decodeLongitude((int) encoded);
                        return withinReach(buddyLat, buddyLon, NumericUtils.sortableLongToDouble(radii.nextValue()));
                    }

                    @Override
                    public float matchCost() {
                        return 40;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, twoPhase);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, ProfileFields.LOCATION, ProfileFields.MAX_DISTANCE_KM);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(ProfileFields.LOCATION)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "WithinTravelDistance(" + lat + "," + lon + " ≤ min(" + programmeMaxKm + " km, buddy's max))";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && lat == ((WithinTravelDistanceQuery) other).lat
                && lon == ((WithinTravelDistanceQuery) other).lon
                && programmeMaxKm == ((WithinTravelDistanceQuery) other).programmeMaxKm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), lat, lon, programmeMaxKm);
    }
}
