package be.buddytrajectories.search.browse;

import be.buddytrajectories.search.browse.BrowseResult.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks the words of a hit's text that the query matched, in the sentence with the most of them. It analyses only
 * the page's texts, with the field's own analyser, and looks each word up among the query's terms (or runs the
 * query's prefix and fuzzy automata over it): Lucene's highlighter does the same through an in-memory index per
 * text and field, which costs more than the search itself.
 */
final class MatchMarker {

    private final Analyzer analyzer;
    private final Map<String, Set<BytesRef>> terms = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

    private MatchMarker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The terms and automata {@code query} would match in {@code fields}, except those under a must-not clause. */
    static MatchMarker of(Query query, Analyzer analyzer, Set<String> fields) {
        MatchMarker marker = new MatchMarker(analyzer);
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return fields.contains(field);
            }

            @Override
            public void consumeTerms(Query query, Term... queryTerms) {
                for (Term term : queryTerms) {
                    marker.terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.bytes());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                marker.automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return marker;
    }

    /**
     * The sentence of {@code text} with the most matched words, those words between {@link Hit#MATCH_START} and
     * {@link Hit#MATCH_END}; empty when the query matches no word of it.
     */
    Optional<String> mark(String field, String text) {
        Predicate<BytesRef> matches = matcher(field);
        if (matches == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> spans = matchedSpans(field, text, matches);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int[] sentence = busiestSentence(text, spans);
        StringBuilder marked = new StringBuilder();
        int at = sentence[0];
        for (int[] span : spans) {
            if (span[0] >= sentence[0] && span[1] <= sentence[1] && span[0] >= at) {
                marked.append(text, at, span[0]).append(Hit.MATCH_START).append(text, span[0], span[1])
                        .append(Hit.MATCH_END);
                at = span[1];
            }
        }
        return Optional.of(marked.append(text, at, sentence[1]).toString().strip());
    }

    private Predicate<BytesRef> matcher(String field) {
        Set<BytesRef> fieldTerms = terms.getOrDefault(field, Set.of());
        List<ByteRunAutomaton> fieldAutomata = automata.getOrDefault(field, List.of());
        if (fieldTerms.isEmpty() && fieldAutomata.isEmpty()) {
            return null;
        }
        return term -> fieldTerms.contains(term) || fieldAutomata.stream()
                .anyMatch(automaton -> automaton.run(term.bytes, term.offset, term.length));
    }

    /** Start and end offsets of the matched words, in order. */
    private List<int[]> matchedSpans(String field, String text, Predicate<BytesRef> matches) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (matches.test(term.getBytesRef())) {
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a text in memory cannot fail", e);
        }
        return spans;
    }

    /** Start and end of the first sentence holding the most matched words. */
    private static int[] busiestSentence(String text, List<int[]> spans) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int[] best = {0, text.length()};
        int bestCount = 0;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            int count = 0;
            for (int[] span : spans) {
                if (span[0] >= start && span[1] <= end) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = new int[] {start, end};
                bestCount = count;
            }
        }
        return best;
    }
}
