package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cue family's highlights for a sentence. Highlights don't depend on the model: they show
 * the evidence a reader can check, whatever weight the current model gives it.
 */
public final class Cues {

    private static final List<CueFinder> FINDERS = List.of(new PronounFocusFeatures(), new CallToActionFeatures(),
            new DeadlineFeatures(), new QuantityFeatures(), new ReaderQuestionFeatures(), new YouWillFeatures(),
            new RankingClaimFeatures(), new PersonalTouchFeatures(), new LetterShapeFeatures(), new OutcomeFeatures(),
            new RelationshipFeatures(), new AnnouncementFeatures(), new ConditionalPromiseFeatures());

    private Cues() {
    }

    /** Cues of one sentence, offsets relative to the sentence, in text order. */
    public static List<Cue> find(SentenceAnalysis sentence, CompanyVocabulary vocabulary) {
        List<Cue> cues = new ArrayList<>();
        for (CueFinder finder : FINDERS) {
            finder.findCues(sentence, vocabulary, cues);
        }
        cues.sort(Cue.TEXT_ORDER);
        return cues;
    }
}
