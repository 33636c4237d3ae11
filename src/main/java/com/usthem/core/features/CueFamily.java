package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * A feature family whose features stand for words a reader can see: each family reads a sentence
 * in one {@link #scan}, and the model's features, the editor's highlights and the we/you count are
 * all taken from that one reading, so they cannot disagree about what the sentence says.
 */
public abstract class CueFamily extends SentenceFeatureGenerator implements CueFinder {

    /** What a scan reports: each feature it finds, in the order the model reads them. */
    protected interface Findings {

        /** A feature of the sentence as a whole, which no words in particular show. */
        void found(String kind);

        /** A feature shown by the tokens {@code first..last}, highlighted as a cue of that kind. */
        void found(String kind, CueKind cue, int first, int last);
    }

    /** The kind of feature a token is, or null when it is none of the family's. */
    @FunctionalInterface
    protected interface TokenKind {
        String at(SentenceAnalysis sentence, int token);
    }

    /** Where the words that show a token's kind begin or end, around the token itself. */
    @FunctionalInterface
    protected interface Reach {
        int from(SentenceAnalysis sentence, int token);
    }

    protected CueFamily(String prefix, Map<String, String> descriptions, Distinction distinction) {
        super(prefix, descriptions, distinction);
    }

    /** Reads one sentence, reporting every feature of the family with the tokens that show it. */
    protected abstract void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings);

    /** Reports every token that has a kind, shown by the words from {@code first} to {@code last}. */
    protected static void scanTokens(SentenceAnalysis sentence, TokenKind kind, CueKind cue, Reach first, Reach last,
                                     Findings findings) {
        for (int i = 0; i < sentence.size(); i++) {
            String found = kind.at(sentence, i);
            if (found != null) {
                findings.found(found, cue, first.from(sentence, i), last.from(sentence, i));
            }
        }
    }

    @Override
    public final void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        scan(sentence, vocabulary, featuresAnd(features, null));
    }

    @Override
    public final void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        int from = cues.size();
        scan(sentence, vocabulary, new Highlights(sentence, cues));
        // A scan reports in the order the model reads its features, not always that of the words.
        cues.subList(from, cues.size()).sort(Cue.TEXT_ORDER);
    }

    /**
     * What {@link #extract} and {@link #findCues} give, from one scan of the sentence instead of two:
     * the classifier reads a sentence's features and its highlights together.
     */
    public final void extractWithCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features,
                                      List<Cue> cues) {
        int from = cues.size();
        scan(sentence, vocabulary, featuresAnd(features, new Highlights(sentence, cues)));
        cues.subList(from, cues.size()).sort(Cue.TEXT_ORDER);
    }

    /** Findings that add each feature found to {@code features} and, unless null, tell {@code highlights}. */
    private Findings featuresAnd(List<String> features, Highlights highlights) {
        return new Findings() {
            @Override
            public void found(String kind) {
                features.add(feature(kind));
            }

            @Override
            public void found(String kind, CueKind cue, int first, int last) {
                features.add(feature(kind));
                if (highlights != null) {
                    highlights.found(kind, cue, first, last);
                }
            }
        };
    }

    /**
     * The cues of a scan. Several features often stand for the same words ("Sign" opens an
     * imperative and is an action verb), and a word inside a longer phrase already marked ("leading"
     * in "world-leading") adds nothing: a cue inside the one just marked, of the same kind, is left out.
     */
    private static final class Highlights implements Findings {
        private final SentenceAnalysis sentence;
        private final List<Cue> cues;
        private Cue last;

        Highlights(SentenceAnalysis sentence, List<Cue> cues) {
            this.sentence = sentence;
            this.cues = cues;
        }

        @Override
        public void found(String kind) {
            // Nothing to highlight.
        }

        @Override
        public void found(String kind, CueKind cueKind, int first, int lastToken) {
            Cue cue = new Cue(cueKind, sentence.start(first), sentence.end(lastToken));
            boolean inside = last != null && last.kind() == cueKind && cue.start() >= last.start()
                    && cue.end() <= last.end();
            if (!inside) {
                cues.add(cue);
                last = cue;
            }
        }
    }
}
