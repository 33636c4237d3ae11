package com.usthem.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.usthem.core.Distinction;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.Explainer;
import com.usthem.core.classify.TextScore;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.features.Cue;
import com.usthem.core.features.CueKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two drafts of the same copy. Sentences are matched by their normalized text (case and
 * punctuation ignored, as for duplicate examples) with a longest-common-subsequence diff, so a
 * sentence moved or rewritten shows as removed and added.
 */
public final class DraftComparer {

    private final Classifier classifier;

    public DraftComparer(Classifier classifier) {
        this.classifier = classifier;
    }

    /** Scores both drafts and compares them; empty when either has nothing to score (no word in it). */
    public Optional<DraftComparison> compare(String before, String after) {
        TextScore first = classifier.score(before);
        TextScore second = classifier.score(after);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftComparison(first, second, sentenceChanges(first, second),
                cueWordChanges(before, first, after, second), distinctionChanges(first, second)));
    }

    private List<DistinctionChange> distinctionChanges(TextScore before, TextScore after) {
        Explainer explainer = classifier.explainer();
        DistinctionProfile from = DistinctionProfile.of(explainer.contributions(before.features()), null);
        DistinctionProfile to = DistinctionProfile.of(explainer.contributions(after.features()), null);
        List<DistinctionChange> changes = new ArrayList<>();
        for (Distinction distinction : Distinction.values()) {
            changes.add(new DistinctionChange(distinction, from.lean(distinction).logOdds(),
                    to.lean(distinction).logOdds()));
        }
        return changes;
    }

    static List<SentenceChange> sentenceChanges(TextScore before, TextScore after) {
        List<SentenceChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(normalized(before), normalized(after), true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                add(changes, SentenceChange.Kind.KEPT, after, delta.getTarget().getPosition(), delta.getTarget().size());
                continue;
            }
            add(changes, SentenceChange.Kind.REMOVED, before, delta.getSource().getPosition(), delta.getSource().size());
            add(changes, SentenceChange.Kind.ADDED, after, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return changes;
    }

    private static List<String> normalized(TextScore score) {
        return score.sentences().stream().map(s -> ExampleIds.normalize(s.text())).toList();
    }

    private static void add(List<SentenceChange> changes, SentenceChange.Kind kind, TextScore score, int from,
                            int count) {
        for (int i = from; i < from + count; i++) {
            changes.add(new SentenceChange(kind, score.sentences().get(i)));
        }
    }

    private static List<CueWordChange> cueWordChanges(String beforeText, TextScore before, String afterText,
                                                      TextScore after) {
        Map<Map.Entry<CueKind, String>, int[]> counts = new LinkedHashMap<>();
        count(beforeText, before, counts, 0);
        count(afterText, after, counts, 1);
        return counts.entrySet().stream()
                .map(e -> new CueWordChange(e.getKey().getKey(), e.getKey().getValue(), e.getValue()[0],
                        e.getValue()[1]))
                .filter(c -> c.change() != 0)
                .sorted(Comparator.comparingInt((CueWordChange c) -> -Math.abs(c.change()))
                        .thenComparing(CueWordChange::kind).thenComparing(CueWordChange::word))
                .toList();
    }

    private static void count(String text, TextScore score, Map<Map.Entry<CueKind, String>, int[]> counts, int side) {
        for (Cue cue : score.cues()) {
            String word = text.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            counts.computeIfAbsent(Map.entry(cue.kind(), word), k -> new int[2])[side]++;
        }
    }
}
