package com.usthem.core.batch;

import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.MixedReading;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.PronounCount;

import java.util.Optional;

/**
 * The verdict on one draft of a batch, small enough to keep thousands of them in a table; the
 * full sentence-by-sentence reading is one {@code ScoringEngine.score(draft.text())} away.
 * {@code index} is the draft's place in the input order, as results arrive in any order; {@code mixed}
 * says how its sentences split, when they do; {@code profile} explains it in the six distinctions.
 */
public record BatchResult(int index, Draft draft, double marketing, double sales, PronounCount pronouns,
                          int sentences, Optional<String> mixed, DistinctionProfile profile) {

    static BatchResult of(int index, Draft draft, TextScore score, DistinctionProfile profile) {
        return new BatchResult(index, draft, score.marketing(), score.sales(), score.pronouns(),
                score.sentences().size(), score.mixed().map(MixedReading::summary), profile);
    }

    public Label label() {
        return sales > marketing ? Label.SALES : Label.MARKETING;
    }
}
