package com.usthem.core.team;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabeledCopyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static Example line(String author, Label label, int minute) {
        return new Example("x" + author + minute, "Sign by Friday.", label, "user", T0.plusSeconds(60L * minute),
                Map.of()).withAuthor(author);
    }

    static Example settlement(String author, Label label, int minute) {
        return new Example("s" + minute, "sign by friday", label, "user", T0.plusSeconds(60L * minute),
                Map.of(Example.SETTLES, BooleanNode.TRUE)).withAuthor(author);
    }

    private static LabeledCopy copy(Example... lines) {
        return new LabeledCopy(List.of(lines), false);
    }

    @Test
    void linesOfTheSameCopyAreGroupedWhateverTheirCaseAndPunctuation() {
        List<LabeledCopy> copies = LabeledCopy.group(List.of(line("ana", Label.SALES, 0),
                Example.of("Our story.", Label.MARKETING, "x", null), settlement("ben", Label.SALES, 2)),
                example -> example.text().startsWith("Our"));

        assertEquals(2, copies.size());
        assertEquals(2, copies.get(0).lines().size());
        assertFalse(copies.get(0).heldOut());
        assertTrue(copies.get(1).heldOut());
    }

    @Test
    void eachPersonsLatestLabelCountsAndNamedLabelsOutrankUnnamedOnes() {
        LabeledCopy copy = copy(line(null, Label.MARKETING, 0), line("ana", Label.MARKETING, 1),
                line("ana", Label.SALES, 3));

        assertEquals(LabeledCopy.State.LABELED, copy.state());
        assertEquals(Label.SALES, copy.label().orElseThrow());
        assertEquals(Label.SALES, copy.resolved().orElseThrow().label());
        assertEquals("xnull0", copy.resolved().orElseThrow().id(), "trained as the copy's first line");
    }

    @Test
    void unnamedLinesThatDifferAreDisputedWhenNobodyNamedLabeledTheCopy() {
        assertEquals(LabeledCopy.State.DISPUTED, copy(line(null, Label.MARKETING, 0), line(null, Label.SALES, 1)).state());
    }

    @Test
    void whoSaidWhatAndWhetherItIsSettledAreSaidInWords() {
        Example ana = line("ana", Label.SALES, 0);
        Example ben = line("ben", Label.MARKETING, 1);
        assertEquals("ana sales, ben marketing", copy(ana, ben).whoSaidWhat());
        assertEquals("open", copy(ana, ben).settlementWords());
        assertEquals("settled sales by carol", copy(ana, ben, settlement("carol", Label.SALES, 2)).settlementWords());
        assertEquals("settled marketing by (no name)", copy(ana, ben, settlement(null, Label.MARKETING, 2))
                .settlementWords());
        assertEquals("unnamed marketing, sales", copy(line(null, Label.MARKETING, 0), line(null, Label.SALES, 1))
                .whoSaidWhat());
    }

    @Test
    void aSettlementStandsUntilSomeoneLabelsDifferentlyAfterIt() {
        Example ana = line("ana", Label.SALES, 0);
        Example ben = line("ben", Label.MARKETING, 1);

        assertEquals(LabeledCopy.State.DISPUTED, copy(ana, ben).state());
        assertTrue(copy(ana, ben).label().isEmpty());
        LabeledCopy settled = copy(ana, ben, settlement("carol", Label.SALES, 2));
        assertEquals(LabeledCopy.State.SETTLED, settled.state());
        assertEquals(Label.SALES, settled.label().orElseThrow());
        assertEquals(LabeledCopy.State.SETTLED, copy(ana, ben, settlement("carol", Label.SALES, 2),
                line("dev", Label.SALES, 3)).state());
        assertEquals(LabeledCopy.State.DISPUTED, copy(ana, ben, settlement("carol", Label.SALES, 2),
                line("ben", Label.MARKETING, 3)).state(), "ben said it again after the settlement");
        assertEquals(LabeledCopy.State.SETTLED, copy(ana, ben, settlement("carol", Label.SALES, 2),
                settlement("dev", Label.MARKETING, 4)).state());
        assertEquals(Label.MARKETING, copy(ana, ben, settlement("carol", Label.SALES, 2),
                settlement("dev", Label.MARKETING, 4)).label().orElseThrow(), "the latest settlement decides");
    }
}
