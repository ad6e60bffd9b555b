package be.buddytrajectories.bench.run;

import be.buddytrajectories.bench.eval.JudgedSet;
import be.buddytrajectories.bench.eval.JudgedSetReader;
import be.buddytrajectories.bench.eval.MatchEval;
import be.buddytrajectories.bench.eval.Summary;
import be.buddytrajectories.bench.peer.FullTextTable;
import be.buddytrajectories.bench.peer.SqlPeer;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Match quality on a judged set, as {@code bin/match-eval} scores it: the plugin's matcher, and both PostgreSQL
 * peers (full-text search and the structured SQL score) with the same hard filters ranking the same volunteers.
 *
 * @param role what the set is to the matcher: tuned on, self-graded, held out, or just judged
 */
record Quality(String set, String role, Summary matcher, Summary fullText, Summary structured) {

    static final String TUNED_ON = "tuned on";
    static final String SELF_GRADED = "self-graded";
    static final String HELD_OUT = "held out";
    static final String JUDGED = "judged";

    static Quality of(Path file, String name, String role, Connection postgres)
            throws IOException, SQLException, JudgedSetReader.InvalidJudgedSetException {
        JudgedSet set = JudgedSetReader.read(file);
        Summary matcher = Summary.of(set, MatchEval.matcherRankings(set, MatchWeights.defaults()));
        FullTextTable.create(postgres);
        FullTextTable.fill(postgres, set.volunteers());
        return new Quality(name, role, matcher, peerSummary(set, new SqlPeer(postgres, SqlPeer.Style.FULL_TEXT)),
                peerSummary(set, new SqlPeer(postgres, SqlPeer.Style.STRUCTURED)));
    }

    private static Summary peerSummary(JudgedSet set, SqlPeer peer) throws SQLException {
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        for (NewcomerProfile newcomer : set.newcomers()) {
            rankings.put(newcomer.id(), peer.suggest(newcomer, set.rules(), Workload.SUGGESTIONS));
        }
        return Summary.of(set, rankings);
    }
}
