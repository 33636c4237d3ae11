package com.usthem.app.team;

import com.usthem.app.TestEngine;
import com.usthem.core.scoring.ScoredText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelTargetTest {

    private static final String DRAFT = "We are proud of our award-winning team. If you sign today, your crew starts "
            + "Tuesday. Reply to confirm.";
    private static final String SECOND = "If you sign today, your crew starts Tuesday.";

    private static ScoredText verdict(String text) {
        return TestEngine.shipped().score(text);
    }

    @Test
    void withoutASelectionTheWholeDraftIsLabeled() {
        LabelTarget target = LabelTarget.of(DRAFT, 5, 5, verdict(DRAFT));
        assertEquals(DRAFT, target.text());
        assertFalse(target.selection());
        assertEquals("the draft", target.what());
    }

    @Test
    void aFewSelectedWordsLabelTheirWholeSentence() {
        int start = DRAFT.indexOf("sign today");
        LabelTarget target = LabelTarget.of(DRAFT, start, start + "sign today".length(), verdict(DRAFT));
        assertEquals(SECOND, target.text());
        assertTrue(target.selection());
        assertEquals("the selection", target.what());
    }

    @Test
    void aSelectionAcrossTwoSentencesLabelsBoth() {
        int start = DRAFT.indexOf("Tuesday");
        LabelTarget target = LabelTarget.of(DRAFT, start, DRAFT.indexOf("confirm"), verdict(DRAFT));
        assertEquals("If you sign today, your crew starts Tuesday. Reply to confirm.", target.text());
    }

    @Test
    void whenTheVerdictIsForAnOlderTextTheSelectionIsTakenAsItIs() {
        String typedOn = DRAFT + " And more";
        int start = typedOn.indexOf("sign today");
        LabelTarget target = LabelTarget.of(typedOn, start, start + "sign today".length(), verdict(DRAFT));
        assertEquals("sign today", target.text());
    }
}
