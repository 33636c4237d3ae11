package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import opennlp.tools.doccat.FeatureGenerator;

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

    /**
     * Whether these generators include every cue family, in the order {@link #find} asks them, so
     * that their scans find every cue (see {@link CueFamily#extractWithCues}) and the cues sorted
     * with {@link #inTextOrder} are those {@link #find} gives.
     */
    public static boolean foundBy(FeatureGenerator[] generators) {
        List<Class<?>> families = java.util.Arrays.stream(generators).filter(g -> g instanceof CueFamily)
                .<Class<?>>map(Object::getClass).toList();
        return families.equals(FINDERS.stream().<Class<?>>map(Object::getClass).toList());
    }

    /** Cues found family by family, put in text order as {@link #find} does (a stable sort). */
    public static void inTextOrder(List<Cue> cues) {
        cues.sort(Cue.TEXT_ORDER);
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
