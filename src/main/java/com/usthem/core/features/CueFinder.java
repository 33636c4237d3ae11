package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/** Finds the words behind a feature family so the app can highlight them. */
public interface CueFinder {

    /** Adds cues with character offsets relative to the sentence start. */
    void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues);
}
