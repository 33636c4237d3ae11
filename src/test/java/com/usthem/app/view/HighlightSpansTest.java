package com.usthem.app.view;

import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.Cue;
import com.usthem.core.features.CueKind;
import com.usthem.core.features.PronounCount;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HighlightSpansTest {

    //                                 0         1         2         3         4
    //                                 0123456789012345678901234567890123456789012345
    private static final String TEXT = "We lead the market.  Sign your order today.";
    private static final TextScore SCORE = new TextScore(0.4, 0.6,
            List.of(new SentenceScore(0, 19, "We lead the market.", 0.9, 0.1, List.of()),
                    new SentenceScore(21, 43, "Sign your order today.", 0.3, 0.7, List.of())),
            List.of(new Cue(CueKind.YOU, 26, 30), new Cue(CueKind.WE, 0, 2), new Cue(CueKind.ACTION, 21, 25),
                    new Cue(CueKind.DEADLINE, 37, 42), new Cue(CueKind.ACTION, 21, 30)),
            new PronounCount(1, 1), List.of());

    private static final Set<CueKind> ALL = EnumSet.allOf(CueKind.class);

    @Test
    void shadesEachSentenceByItsOwnLeanAndMarksEachCue() {
        StyleSpans<Collection<String>> spans = HighlightSpans.of(SCORE, TEXT.length(), true, ALL, 1000);
        assertEquals(TEXT.length(), spans.length());
        assertEquals(List.of("shade-marketing-3", "cue-we"), styleAt(spans, 0));
        assertEquals(List.of("shade-marketing-3"), styleAt(spans, 5));
        assertEquals(List.of(), styleAt(spans, 19));
        assertEquals(List.of("shade-sales-2", "cue-action"), styleAt(spans, 21));
        // "your" is both a you-word and inside the longer call-to-action cue.
        assertEquals(Set.of("shade-sales-2", "cue-action", "cue-you"), Set.copyOf(styleAt(spans, 27)));
        assertEquals(List.of("shade-sales-2"), styleAt(spans, 32));
        assertEquals(List.of("shade-sales-2", "cue-deadline"), styleAt(spans, 40));
        assertEquals(List.of("shade-sales-2"), styleAt(spans, 42));
    }

    @Test
    void leavesOutHiddenKindsAndShadingWhenSwitchedOff() {
        StyleSpans<Collection<String>> spans = HighlightSpans.of(SCORE, TEXT.length(), false,
                EnumSet.of(CueKind.YOU), 1000);
        assertEquals(TEXT.length(), spans.length());
        assertEquals(List.of(), styleAt(spans, 0));
        assertEquals(List.of(), styleAt(spans, 21));
        assertEquals(List.of("cue-you"), styleAt(spans, 27));
        assertEquals(List.of(), styleAt(spans, 40));
    }

    @Test
    void stylesOnlyUpToTheLimitButCoversTheWholeText() {
        StyleSpans<Collection<String>> spans = HighlightSpans.of(SCORE, TEXT.length(), true, ALL, 28);
        assertEquals(TEXT.length(), spans.length());
        assertEquals(Set.of("shade-sales-2", "cue-action", "cue-you"), Set.copyOf(styleAt(spans, 27)));
        assertEquals(List.of(), styleAt(spans, 28));
        assertEquals(List.of(), styleAt(spans, 40));
    }

    @Test
    void anEmptyTextGetsAnEmptyStyling() {
        TextScore none = new TextScore(0.5, 0.5, List.of(), List.of(), new PronounCount(0, 0), List.of());
        assertEquals(0, HighlightSpans.of(none, 0, true, ALL, 1000).length());
    }

    @Test
    void cueClassesNameTheKind() {
        assertEquals("cue-you", HighlightSpans.cueClass(CueKind.YOU));
        assertEquals("cue-deadline", HighlightSpans.cueClass(CueKind.DEADLINE));
    }

    private static List<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (offset < position + span.getLength()) {
                return new ArrayList<>(span.getStyle());
            }
            position += span.getLength();
        }
        throw new IndexOutOfBoundsException(offset);
    }
}
