package com.usthem.app.team;

import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;

/**
 * What a label given from the write-and-score window applies to: the whole draft, or, when text is
 * selected, the sentences the selection touches (a few selected words label their sentence).
 *
 * @param text      the copy to label
 * @param selection whether it came from a selection rather than the whole draft
 */
public record LabelTarget(String text, boolean selection) {

    /**
     * @param verdict the latest verdict; its sentences are used only when it is for this very draft
     *                (while the user types it may lag, and its offsets no longer fit)
     */
    public static LabelTarget of(String draft, int selectionStart, int selectionEnd, ScoredText verdict) {
        if (selectionStart >= selectionEnd) {
            return new LabelTarget(draft, false);
        }
        int start = selectionStart;
        int end = selectionEnd;
        if (verdict != null && verdict.text().equals(draft)) {
            for (SentenceScore sentence : verdict.score().sentences()) {
                if (sentence.end() > selectionStart && sentence.start() < selectionEnd) {
                    start = Math.min(start, sentence.start());
                    end = Math.max(end, sentence.end());
                }
            }
        }
        return new LabelTarget(draft.substring(start, end), true);
    }

    /** "the draft" or "the selection", for messages. */
    public String what() {
        return selection ? "the selection" : "the draft";
    }
}
