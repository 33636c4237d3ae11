package com.usthem.core.workshop;

import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The example decks shipped with UsThem: one of marketing lines to rewrite as sales, one the other way. */
public final class BundledDecks {

    /** Resource names, in the order a deck picker shows them. */
    public static final List<String> RESOURCES = List.of("/decks/marketing-to-sales.txt",
            "/decks/sales-to-marketing.jsonl");

    private BundledDecks() {
    }

    public static List<Deck> all() {
        return RESOURCES.stream().map(BundledDecks::load).toList();
    }

    /** The deck in a resource; a shipped deck with any bad line is a build error, not a user's problem. */
    static Deck load(String resource) {
        DeckReadResult result = DeckReader.parse(resource, text(resource),
                DeckReader.titleFromFileName(resource.substring(resource.lastIndexOf('/') + 1)),
                DeckReader.isJsonl(resource));
        if (!result.clean()) {
            throw new IllegalStateException("bundled deck has problems: " + result.problems());
        }
        return result.deck();
    }

    /** The deck file's own text, e.g. to save a copy a trainer can edit. */
    public static String text(String resource) {
        try (InputStream in = BundledDecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled deck " + resource);
            }
            return TextFiles.decode(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
