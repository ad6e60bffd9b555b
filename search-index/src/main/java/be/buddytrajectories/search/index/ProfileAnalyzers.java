package be.buddytrajectories.search.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Free text is indexed three times: stemmed as Dutch, stemmed as English, and only folded (lowercase, no
 * accents) for French and everything else. Queries use the same analysers through {@link #perField()}.
 */
public final class ProfileAnalyzers {

    private ProfileAnalyzers() {
    }

    /** Lowercase and accent folding without stemming or stop words: the language-neutral fallback. */
    public static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The analyser of each text field; keywords are not analysed. */
    public static Analyzer perField() {
        Analyzer dutch = new DutchAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(folding(), Map.of(
                ProfileFields.ABOUT_DUTCH, dutch, ProfileFields.PROFESSION_DUTCH, dutch,
                ProfileFields.ABOUT_ENGLISH, english, ProfileFields.PROFESSION_ENGLISH, english));
    }
}
