package com.usthem.app.view;

import com.usthem.app.score.Lean;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.Cue;
import com.usthem.core.features.CueKind;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editor's styling for a verdict: each sentence gets the shade of its own lean, each cue the
 * class of its kind; a character may carry a shade and several cues. Only the first
 * {@code limit} characters are styled, so a very long paste costs the FX thread a bounded amount.
 */
public final class HighlightSpans {

    private HighlightSpans() {
    }

    /** "cue-you": the CSS class of a kind of cue, in the editor and on its legend swatch. */
    public static String cueClass(CueKind kind) {
        return "cue-" + kind.name().toLowerCase(Locale.ROOT);
    }

    public static StyleSpans<Collection<String>> of(TextScore score, int textLength, boolean shading,
                                                    Set<CueKind> shownKinds, int limit) {
        int styledEnd = Math.min(textLength, limit);
        List<SentenceScore> sentences = shading ? score.sentences() : List.of();
        List<Cue> cues = new ArrayList<>();
        for (Cue cue : score.cues()) {
            if (shownKinds.contains(cue.kind()) && cue.start() < styledEnd) {
                cues.add(cue);
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));

        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, styledEnd));
        for (SentenceScore sentence : sentences) {
            if (sentence.start() >= styledEnd) {
                break;
            }
            boundaries.add(sentence.start());
            boundaries.add(Math.min(sentence.end(), styledEnd));
        }
        for (Cue cue : cues) {
            boundaries.add(cue.start());
            boundaries.add(Math.min(cue.end(), styledEnd));
        }

        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<Cue> active = new ArrayList<>();
        int nextSentence = 0;
        int nextCue = 0;
        Integer from = boundaries.first();
        for (Integer to = boundaries.higher(from); to != null; from = to, to = boundaries.higher(to)) {
            int segmentStart = from;
            while (nextSentence < sentences.size() && sentences.get(nextSentence).end() <= segmentStart) {
                nextSentence++;
            }
            while (nextCue < cues.size() && cues.get(nextCue).start() <= segmentStart) {
                active.add(cues.get(nextCue++));
            }
            active.removeIf(cue -> cue.end() <= segmentStart);
            List<String> classes = new ArrayList<>(active.size() + 1);
            if (nextSentence < sentences.size() && sentences.get(nextSentence).start() <= segmentStart) {
                classes.add(Lean.of(sentences.get(nextSentence).sales()).styleClass());
            }
            for (Cue cue : active) {
                String cueClass = cueClass(cue.kind());
                if (!classes.contains(cueClass)) {
                    classes.add(cueClass);
                }
            }
            spans.add(classes, to - from);
        }
        spans.add(List.of(), textLength - styledEnd);
        return spans.create();
    }
}
