package com.usthem.core.compare;

import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Two drafts side by side: the score of each, their sentences in reading order marked kept,
 * added or removed, the cue words whose count changed (most changed first), and how each of the six
 * distinctions moved (in the article's order).
 */
public record DraftComparison(TextScore before, TextScore after, List<SentenceChange> sentences,
                              List<CueWordChange> cueWords, List<DistinctionChange> distinctions) {

    public DraftComparison {
        sentences = List.copyOf(sentences);
        cueWords = List.copyOf(cueWords);
        distinctions = List.copyOf(distinctions);
    }

    /** The distinction the rewrite moved most on, if it moved on any. */
    public Optional<DistinctionChange> movedMost() {
        return distinctions.stream().filter(d -> d.change() != 0)
                .max(Comparator.comparingDouble(d -> Math.abs(d.change())));
    }

    /** How far the sales probability moved, -1..1, positive toward sales. */
    public double salesChange() {
        return after.sales() - before.sales();
    }

    public boolean labelChanged() {
        return after.label() != before.label();
    }

    public List<SentenceScore> added() {
        return of(SentenceChange.Kind.ADDED);
    }

    public List<SentenceScore> removed() {
        return of(SentenceChange.Kind.REMOVED);
    }

    public List<CueWordChange> gained() {
        return cueWords.stream().filter(c -> c.change() > 0).toList();
    }

    public List<CueWordChange> lost() {
        return cueWords.stream().filter(c -> c.change() < 0).toList();
    }

    private List<SentenceScore> of(SentenceChange.Kind kind) {
        return sentences.stream().filter(s -> s.kind() == kind).map(SentenceChange::sentence).toList();
    }
}
