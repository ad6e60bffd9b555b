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
 * Match quality on a judged set, as {@code bin/match-eval} scores it: the plugin's matcher, and PostgreSQL
 * full-text search with the same hard filters ranking the same volunteers.
 */
record Quality(String set, Summary matcher, Summary fullText) {

    static Quality of(Path file, String name, Connection postgres)
            throws IOException, SQLException, JudgedSetReader.InvalidJudgedSetException {
        JudgedSet set = JudgedSetReader.read(file);
        Summary matcher = Summary.of(set, MatchEval.matcherRankings(set, MatchWeights.defaults()));
        FullTextTable.create(postgres);
        FullTextTable.fill(postgres, set.volunteers());
        SqlPeer peer = new SqlPeer(postgres, SqlPeer.Style.FULL_TEXT);
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        for (NewcomerProfile newcomer : set.newcomers()) {
            rankings.put(newcomer.id(), peer.suggest(newcomer, set.rules(), Workload.SUGGESTIONS));
        }
        return new Quality(name, matcher, Summary.of(set, rankings));
    }
}
