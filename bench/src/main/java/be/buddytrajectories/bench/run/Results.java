package be.buddytrajectories.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of one run, filled in phase by phase, then written by {@link Report}. */
final class Results {

    Options options;
    Machine machine;
    String loadBefore;
    String loadAfter;
    String pluginDatabase;
    String postgresVersion;
    long profiles;
    double loadSeconds;
    double postgresLoadSeconds;
    double fullTextTableSeconds;
    /** Through core, in a JVM that has rebuilt before (see {@link #coldRebuildSeconds}). */
    double rebuildSeconds;
    /** Through core, the JVM's first rebuild through core (after one set-wise rebuild). */
    double coldRebuildSeconds;
    long rebuildStatements;
    long rebuiltDocuments;
    /** Statements of the rebuild by the start of their SQL (the indexer's polling included). */
    Map<String, Long> rebuildStatementShapes = Map.of();
    double setBasedRebuildSeconds;
    /** Set-wise, the JVM's first rebuild of all. */
    double setBasedColdRebuildSeconds;
    final Latencies suggest = new Latencies();
    final Latencies suggestNearby = new Latencies();
    final Latencies search = new Latencies();
    final Latencies searchLongLivedBrowser = new Latencies();
    final Latencies fullTextSuggest = new Latencies();
    final Latencies fullTextSearch = new Latencies();
    final Latencies structuredSuggest = new Latencies();
    final Latencies ilikeSuggest = new Latencies();
    final Latencies ilikeSearch = new Latencies();
    final Latencies fresh = new Latencies();
    /** The measured suggestions and searches run once more under JFR (not timed). */
    TimeProfile suggestProfile;
    TimeProfile searchProfile;
    int freshTimeouts;
    double meanSuggestions;
    double meanFullTextSuggestions;
    double meanStructuredSuggestions;
    /** Suggestions and searches the simulated coordinators ran while the changes were timed. */
    long searchesDuringFreshness;
    double heapMegabytes;
    double heapBaselineMegabytes;
    /** Retained by 8 searchers in the middle of their queries, on top of {@link #heapMegabytes}. */
    double concurrentHeapMegabytes;
    /** Bytes the searching thread allocated per query, on average. */
    double allocatedKilobytesPerSuggestion;
    double allocatedKilobytesPerSearch;
    double indexMegabytesOnDisk;
    final List<Quality> quality = new ArrayList<>();
    double totalSeconds;
    /** CPU time the benchmark's JVM used during the run (PostgreSQL's own work is not in it). */
    double cpuSeconds;

    /** nDCG@10 of the matcher on the first judged set named (the public sample, which the weights were tuned on). */
    double ndcg() {
        return quality.isEmpty() ? Double.NaN : quality.get(0).matcher().ndcgAt10();
    }

    /** PostgreSQL full-text search's nDCG@10 on the same set as {@link #ndcg()}. */
    double fullTextNdcg() {
        return quality.isEmpty() ? Double.NaN : quality.get(0).fullText().ndcgAt10();
    }

    /** The matcher's nDCG@10 on the held-out wording set, which nothing was tuned on. */
    double heldOutNdcg() {
        return quality.stream().filter(q -> q.role().equals(Quality.HELD_OUT)).mapToDouble(q -> q.matcher().ndcgAt10())
                .findFirst().orElse(Double.NaN);
    }

    int matcherViolations() {
        return quality.stream().mapToInt(q -> q.matcher().violations()).sum();
    }

    /** The report's last line, parsed by whoever tracks the figures over time. */
    String finalLine() {
        return String.format(Locale.ROOT, "tier=%d suggest_p50_ms=%.3f suggest_p99_ms=%.3f search_p50_ms=%.3f"
                        + " search_p99_ms=%.3f rebuild_s=%.2f fresh_p99_ms=%.1f heap_mb=%.1f pg_suggest_ratio=%.1f"
                        + " ndcg=%.3f pg_ndcg=%.3f pg_struct_ratio=%.1f heldout_ndcg=%.3f"
                        + " rebuild_cold_s=%.2f",
                options.tier(), suggest.p50(), suggest.p99(), search.p50(), search.p99(), rebuildSeconds,
                fresh.p99(), heapMegabytes, fullTextSuggest.p50() / suggest.p50(), ndcg(), fullTextNdcg(),
                structuredSuggest.p50() / suggest.p50(), heldOutNdcg(), coldRebuildSeconds);
    }
}
