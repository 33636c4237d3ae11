package com.usthem.core.workspace;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.Example;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewedExampleTest {

    private static CorpusEntry entry(String text, Label label) {
        Example example = TestModels.example(text, label).withExtra("axis", TextNode.valueOf("dream-reality"));
        return new CorpusEntry(example, Path.of("corpus/user.jsonl"));
    }

    @Test
    void agreementAndConfidenceFollowTheModelsScore() {
        ReviewedExample sure = new ReviewedExample(entry("Sign today.", Label.SALES), 0.91);
        ReviewedExample unsure = new ReviewedExample(entry("Sign today.", Label.SALES), 0.40);
        ReviewedExample edge = new ReviewedExample(entry("Sign today.", Label.SALES), 0.65);

        assertTrue(sure.agrees());
        assertFalse(sure.lowConfidence());
        assertFalse(unsure.agrees());
        assertEquals(Label.MARKETING, unsure.predicted());
        assertTrue(unsure.lowConfidence());
        assertFalse(edge.lowConfidence(), "0.65 is just at the edge of low confidence");
    }

    @Test
    void searchLooksAtTextLabelSourceAndAxis() {
        ReviewedExample row = new ReviewedExample(entry("Imagine the freedom of the open road.", Label.MARKETING), 0.2);
        assertTrue(row.matches("open ROAD"));
        assertTrue(row.matches("marketing dream"));
        assertTrue(row.matches("test"));
        assertFalse(row.matches("road sales"));
        assertEquals("dream-reality", row.axis());
    }

    @Test
    void reviewScoresEveryEntryWithTheModel() throws Exception {
        List<CorpusEntry> entries = List.of(
                entry("Sign the attached order form by Friday and your crew starts Monday.", Label.SALES),
                entry("Sign the attached order form by Friday and your crew starts Monday!", Label.MARKETING));
        List<ReviewedExample> reviewed = ReviewedExample.review(entries, TestModels.shipped(), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(2, reviewed.size());
        assertTrue(reviewed.get(0).agrees());
        assertFalse(reviewed.get(1).agrees(), "the model disagrees with a wrong label");
        assertEquals(TestModels.shipped().score(entries.get(0).example().text()).sales(), reviewed.get(0).sales());
    }
}
