package be.buddytrajectories.search.matching;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query whose weight was created beforehand, so that a boolean query scores with the very weight the caller
 * keeps to ask about single documents later. Valid on the searcher that created the weight only.
 */
final class PreparedQuery extends Query {

    private final String name;
    private final Weight weight;

    PreparedQuery(String name, Weight weight) {
        this.name = name;
        this.weight = weight;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return weight;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        weight.getQuery().visit(visitor);
    }

    @Override
    public String toString(String field) {
        return name + ":" + weight.getQuery().toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
