package com.usthem.core.workshop;

import com.usthem.core.io.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckReaderTest {

    @TempDir
    Path dir;

    @Test
    void textDeckWithTitleDirectionsMarkersAndComments() throws Exception {
        Path file = Files.writeString(dir.resolve("monday.txt"), """
                # title: Monday drills
                # Comments like this one are for the trainer.
                # direction: to-sales

                We are the region's favourite bakery.
                [to-marketing] Your order of 40 rolls ships Friday.
                # Direction: TO-MARKETING
                Sign the form and your keys are ready Monday.
                """);
        DeckReadResult result = DeckReader.read(file);
        assertTrue(result.clean(), result.problems().toString());
        assertEquals("Monday drills", result.deck().title());
        assertEquals(List.of(new DeckPrompt(1, "We are the region's favourite bakery.", Direction.TO_SALES, 5),
                new DeckPrompt(2, "Your order of 40 rolls ships Friday.", Direction.TO_MARKETING, 6),
                new DeckPrompt(3, "Sign the form and your keys are ready Monday.", Direction.TO_MARKETING, 8)),
                result.deck().prompts());
    }

    @Test
    void badTextLinesAreNamedAndTheGoodPromptsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("drills.txt"), """
                A prompt before any direction.
                # direction: sideways
                [to-sales] Our heritage, your home.
                [to-sale] Typo in the marker.
                [to-marketing]   ...
                """);
        DeckReadResult result = DeckReader.read(file);
        assertEquals(List.of(new DeckPrompt(1, "Our heritage, your home.", Direction.TO_SALES, 3)),
                result.deck().prompts());
        assertEquals("drills", result.deck().title(), "named after the file without a title line");
        assertEquals(List.of(
                new FileProblem(file.toString(), 1, "no direction for this prompt: put '# direction: to-sales' "
                        + "(or to-marketing) above it, or start it with [to-sales] or [to-marketing]"),
                new FileProblem(file.toString(), 2, "unknown direction 'sideways' (expected 'to-sales' or 'to-marketing')"),
                new FileProblem(file.toString(), 4, "unknown direction 'to-sale' (expected 'to-sales' or 'to-marketing')"),
                new FileProblem(file.toString(), 5, "prompt has no words")), result.problems());
        assertTrue(result.playable());
    }

    @Test
    void jsonlDeck() throws Exception {
        Path file = Files.writeString(dir.resolve("friday-drills.jsonl"), """
                {"title": "Friday drills"}
                {"prompt": "Your renewal is due on the 3rd.", "direction": "to-marketing", "note": "kept for the trainer"}
                {"prompt": "Our new range has landed.", "direction": "to-sales"}
                {"prompt": "No direction here."}
                {"prompt": 42, "direction": "to-sales"}
                not json
                {"direction": "to-sales"}
                """);
        DeckReadResult result = DeckReader.read(file);
        assertEquals("Friday drills", result.deck().title());
        assertEquals(List.of(new DeckPrompt(1, "Your renewal is due on the 3rd.", Direction.TO_MARKETING, 2),
                new DeckPrompt(2, "Our new range has landed.", Direction.TO_SALES, 3)), result.deck().prompts());
        assertEquals(List.of(4, 5, 6, 7), result.problems().stream().map(FileProblem::line).toList());
        assertEquals("missing \"direction\" (\"to-sales\" or \"to-marketing\")", result.problems().get(0).reason());
        assertEquals("field 'prompt' must be a string", result.problems().get(1).reason());
        assertTrue(result.problems().get(2).reason().startsWith("malformed JSON"));
        assertEquals("missing \"prompt\" string field", result.problems().get(3).reason());
    }

    @Test
    void aDeckWithoutPromptsOrNotTextIsNotPlayable() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# title: Nothing yet\n\n");
        DeckReadResult result = DeckReader.read(empty);
        assertFalse(result.playable());
        assertEquals(List.of(new FileProblem(empty.toString(), 0, "no prompts in this deck")), result.problems());

        Path binary = dir.resolve("deck.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3});
        DeckReadResult unreadable = DeckReader.read(binary);
        assertFalse(unreadable.playable());
        assertEquals(binary + ": looks like a binary file, not text", unreadable.problems().get(0).toString());
    }

    @Test
    void theBundledDecksAreCleanAndGoBothWays() {
        List<Deck> decks = BundledDecks.all();
        assertEquals(2, decks.size());
        assertEquals("Marketing lines to rewrite as sales", decks.get(0).title());
        assertEquals("Sales lines to rewrite as marketing", decks.get(1).title());
        for (Deck deck : decks) {
            assertTrue(deck.prompts().size() >= 12 && deck.prompts().size() <= 15, deck.title());
            assertEquals(deck.prompts().size(), deck.prompts().stream().map(DeckPrompt::text).distinct().count());
        }
        assertTrue(decks.get(0).prompts().stream().allMatch(p -> p.direction() == Direction.TO_SALES));
        assertTrue(decks.get(1).prompts().stream().allMatch(p -> p.direction() == Direction.TO_MARKETING));
    }
}
