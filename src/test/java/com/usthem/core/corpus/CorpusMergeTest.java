package com.usthem.core.corpus;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusMergeTest {

    private static final Instant ADDED = Instant.parse("2026-01-01T00:00:00Z");

    private static Example example(String id, String text, Label label) {
        return new Example(id, text, label, "test", ADDED, Map.of());
    }

    private static void assertUniqueIds(List<Example> existing, List<Example> added) {
        Set<String> ids = new HashSet<>();
        List<Example> all = new ArrayList<>(existing);
        all.addAll(added);
        for (Example e : all) {
            assertTrue(ids.add(e.id()), "id " + e.id() + " used twice in " + all);
        }
    }

    @Test
    void newExamplesAreAddedInOrder() {
        List<Example> existing = List.of(example("a1", "Sign today.", Label.SALES));
        List<Example> incoming = List.of(example("b1", "We dream big.", Label.MARKETING),
                example("b2", "Book a demo.", Label.SALES));
        CorpusMerge.Result result = CorpusMerge.add(existing, incoming);
        assertEquals(incoming, result.added());
        assertEquals(0, result.duplicates());
    }

    @Test
    void duplicatesAreRecognisedByNormalizedText() {
        List<Example> existing = List.of(example("a1", "Sign today!", Label.SALES));
        List<Example> incoming = List.of(
                example("b1", "  sign   TODAY ", Label.MARKETING),
                example("b2", "Sign, today.", Label.SALES),
                example("b3", "Sign tomorrow.", Label.SALES));
        CorpusMerge.Result result = CorpusMerge.add(existing, incoming);
        assertEquals(List.of("Sign tomorrow."), result.added().stream().map(Example::text).toList());
        assertEquals(2, result.duplicates());
    }

    @Test
    void duplicatesWithinTheIncomingExamplesCountToo() {
        CorpusMerge.Result result = CorpusMerge.add(List.of(), List.of(
                example("b1", "Book now.", Label.SALES),
                example("b2", "BOOK NOW", Label.SALES)));
        assertEquals(List.of("b1"), result.added().stream().map(Example::id).toList());
        assertEquals(1, result.duplicates());
    }

    @Test
    void idCollisionGetsAFreshIdAndKeepsEverythingElse() {
        List<Example> existing = List.of(example("a1", "Sign today.", Label.SALES));
        Example incoming = new Example("a1", "We dream big.", Label.MARKETING, "import", ADDED,
                Map.of("axis", TextNode.valueOf("vision")));
        CorpusMerge.Result result = CorpusMerge.add(existing, List.of(incoming));
        assertEquals(1, result.added().size());
        Example added = result.added().get(0);
        assertEquals(ExampleIds.forText("We dream big."), added.id());
        assertEquals(incoming.text(), added.text());
        assertEquals(incoming.label(), added.label());
        assertEquals(incoming.source(), added.source());
        assertEquals(incoming.added(), added.added());
        assertEquals(incoming.extras(), added.extras());
        assertUniqueIds(existing, result.added());
    }

    @Test
    void idCollisionBetweenIncomingExamples() {
        CorpusMerge.Result result = CorpusMerge.add(List.of(), List.of(
                example("same", "Book now.", Label.SALES),
                example("same", "Dream big.", Label.MARKETING)));
        assertEquals(2, result.added().size());
        assertEquals("same", result.added().get(0).id());
        assertUniqueIds(List.of(), result.added());
    }

    @Test
    void freshIdIsUniqueEvenWhenTheTextIdIsTaken() {
        // An example whose text was corrected keeps the id of its old text; importing the old text
        // again collides on that id, and the id derived from the text is the very same one.
        Example corrected = example(ExampleIds.forText("Sign todya."), "Sign today.", Label.SALES);
        Example reimported = example(ExampleIds.forText("Sign todya."), "Sign todya.", Label.SALES);
        CorpusMerge.Result result = CorpusMerge.add(List.of(corrected), List.of(reimported));
        assertEquals(1, result.added().size());
        assertFalse(result.added().get(0).id().isBlank());
        assertUniqueIds(List.of(corrected), result.added());
    }
}
