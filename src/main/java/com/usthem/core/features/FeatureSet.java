package com.usthem.core.features;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;

import java.util.List;
import java.util.function.Supplier;

/**
 * Named combinations of feature generators a model can be trained with. The generators' class
 * names are saved in the model, so a model always scores with the set it was trained with.
 */
public enum FeatureSet {
    /**
     * Words, word pairs, every cue family, the shape of a letter and of the whole piece: the
     * default. Read from words alone, without part-of-speech tags.
     */
    FULL(false, WordFeatures::new, BigramFeatures::new, PronounFocusFeatures::new, CallToActionFeatures::new,
            DeadlineFeatures::new, QuantityFeatures::new, ReaderQuestionFeatures::new, YouWillFeatures::new,
            RankingClaimFeatures::new, PersonalTouchFeatures::new, LetterShapeFeatures::new,
            OutcomeFeatures::new, RelationshipFeatures::new, AnnouncementFeatures::new,
            ConditionalPromiseFeatures::new, DocumentShapeFeatures::new),
    /** The first release's default (no letter or document shape), kept to measure the new one against. */
    FULL_V1(true, WordFeatures::new, BigramFeatures::new, PronounFocusFeatures::new, CallToActionFeatures::new,
            DeadlineFeatures::new, QuantityFeatures::new, ReaderQuestionFeatures::new, YouWillFeatures::new,
            RankingClaimFeatures::new, PersonalTouchFeatures::new),
    /** Words and every cue family, without word pairs. */
    WORDS_AND_CUES(true, WordFeatures::new, PronounFocusFeatures::new, CallToActionFeatures::new,
            DeadlineFeatures::new, QuantityFeatures::new, ReaderQuestionFeatures::new, YouWillFeatures::new,
            RankingClaimFeatures::new, PersonalTouchFeatures::new),
    /** Words and word pairs only. */
    WORDS_AND_BIGRAMS(true, WordFeatures::new, BigramFeatures::new),
    /** OpenNLP's own bag of words, unchanged: the baseline every other set must beat. */
    BAG_OF_WORDS(true, BagOfWordsFeatureGenerator::new);

    private final boolean tagged;
    private final List<Supplier<FeatureGenerator>> generators;

    @SafeVarargs
    FeatureSet(boolean tagged, Supplier<FeatureGenerator>... generators) {
        this.tagged = tagged;
        this.generators = List.of(generators);
    }

    /**
     * Whether the set reads part-of-speech tags. The first release's sets did; the default does
     * not, because its words and cue lexicons judge as well without them and tagging is most of the
     * cost of scoring. A model records which it was trained with (see {@code Trainer}).
     */
    public boolean tagged() {
        return tagged;
    }

    public FeatureGenerator[] create() {
        return generators.stream().map(Supplier::get).toArray(FeatureGenerator[]::new);
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static FeatureSet parse(String id) {
        for (FeatureSet set : values()) {
            if (set.id().equalsIgnoreCase(id.strip())) {
                return set;
            }
        }
        throw new IllegalArgumentException("unknown feature set '" + id + "' (expected one of "
                + java.util.Arrays.stream(values()).map(FeatureSet::id).toList() + ")");
    }
}
