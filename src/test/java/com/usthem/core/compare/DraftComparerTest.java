package com.usthem.core.compare;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.features.CueKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftComparerTest {

    static final String BEFORE = "We are the award-winning leader in home energy. Our team loves the sun.";
    static final String AFTER = "We are the award-winning leader in home energy! Dana, your panels can go up Friday. "
            + "Reply with your address and I'll book your survey for Tuesday. "
            + "Sign the attached quote today and your crew starts Monday.";

    private final Classifier classifier = TestModels.shipped();
    private final DraftComparer comparer = new DraftComparer(classifier);

    @Test
    void scoresBothAndMeasuresTheChange() {
        DraftComparison comparison = comparer.compare(BEFORE, AFTER).orElseThrow();
        assertEquals(classifier.score(BEFORE).sales(), comparison.before().sales(), 1e-12);
        assertEquals(classifier.score(AFTER).sales(), comparison.after().sales(), 1e-12);
        assertEquals(comparison.after().sales() - comparison.before().sales(), comparison.salesChange(), 1e-12);
        assertEquals(Label.MARKETING, comparison.before().label());
        assertEquals(Label.SALES, comparison.after().label());
        assertTrue(comparison.labelChanged());
    }

    @Test
    void sentencesAreMatchedIgnoringCaseAndPunctuation() {
        DraftComparison comparison = comparer.compare(BEFORE, AFTER).orElseThrow();
        assertEquals(List.of(SentenceChange.Kind.KEPT, SentenceChange.Kind.REMOVED, SentenceChange.Kind.ADDED,
                SentenceChange.Kind.ADDED, SentenceChange.Kind.ADDED),
                comparison.sentences().stream().map(SentenceChange::kind).toList());
        assertEquals("We are the award-winning leader in home energy!", comparison.sentences().get(0).sentence().text());
        assertEquals(List.of("Our team loves the sun."),
                comparison.removed().stream().map(SentenceScore::text).toList());
        assertEquals(List.of("Dana, your panels can go up Friday.",
                        "Reply with your address and I'll book your survey for Tuesday.",
                        "Sign the attached quote today and your crew starts Monday."),
                comparison.added().stream().map(SentenceScore::text).toList());
    }

    @Test
    void reordersAndRepeatsAreDiffedInOrder() {
        DraftComparison comparison = comparer.compare("Sign today. We love the sun. Sign today.",
                "We love the sun. Sign today.").orElseThrow();
        assertEquals(List.of(SentenceChange.Kind.REMOVED, SentenceChange.Kind.KEPT, SentenceChange.Kind.KEPT),
                comparison.sentences().stream().map(SentenceChange::kind).toList());
        assertEquals("Sign today.", comparison.removed().get(0).text());
    }

    @Test
    void cueWordsGainedAndLostAreCounted() {
        DraftComparison comparison = comparer.compare(BEFORE, AFTER).orElseThrow();
        assertTrue(comparison.gained().contains(new CueWordChange(CueKind.YOU, "your", 0, 4)), comparison.gained()
                .toString());
        assertTrue(comparison.lost().contains(new CueWordChange(CueKind.WE, "our", 1, 0)), comparison.lost().toString());
        assertFalse(comparison.cueWords().stream().anyMatch(c -> c.word().equals("we")), "'we' is in both drafts");
        assertTrue(comparison.gained().stream().allMatch(c -> c.change() > 0));

        DraftComparison same = comparer.compare(BEFORE, BEFORE).orElseThrow();
        assertTrue(same.cueWords().isEmpty());
        assertTrue(same.sentences().stream().allMatch(s -> s.kind() == SentenceChange.Kind.KEPT));
        assertEquals(0, same.salesChange(), 1e-12);
    }

    @Test
    void aDraftWithoutAWordGivesNoComparison() {
        assertTrue(comparer.compare(BEFORE, "  ").isEmpty());
        assertTrue(comparer.compare("\u00a0", BEFORE).isEmpty());
    }
}
