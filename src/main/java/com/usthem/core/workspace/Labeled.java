package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.LabeledCopy;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of a label or a settlement: what happened, the line written (or found, when
 * nothing changed), the copy as it now is, and the edit made (null if none).
 */
public record Labeled(Outcome outcome, CorpusEntry entry, LabeledCopy copy, CorpusEdit edit) {

    /** What labeling some copy did. */
    public enum Outcome {
        /** New copy, added. */
        ADDED,
        /** The label that counts for the copy changed. */
        RELABELED,
        /** The copy already had this label (from this author, or nobody named): nothing changed. */
        ALREADY_LABELED,
        /** Other people labeled it so too: this author's label is added beside theirs. */
        AGREED,
        /** People now label it differently: it waits for the team to settle it. */
        DISPUTED,
        /** The team's decision on a disputed copy is recorded. */
        SETTLED
    }


    public String message() {
        String where = copy.heldOut() ? " (in the held-out test split)" : "";
        Label label = entry.example().label();
        return switch (outcome) {
            case ADDED -> "added as " + label;
            case RELABELED -> "relabeled as " + label + where;
            case ALREADY_LABELED -> "already labeled " + label + where;
            case AGREED -> "labeled " + label + ", as " + others(label) + " did" + where;
            case DISPUTED -> "labeled " + label + ", but " + others(label.other()) + " said " + label.other()
                    + ": disputed until the team settles it" + where;
            case SETTLED -> "settled as " + label + where;
        };
    }

    /** The other people who labeled the copy so. */
    private String others(Label label) {
        return copy.byPerson().values().stream()
                .filter(line -> line.label() == label && !Objects.equals(line.author(), entry.example().author()))
                .map(Example::author)
                .collect(Collectors.joining(", "));
    }
}
