package com.usthem.core.workshop;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusMerge;
import com.usthem.core.corpus.Example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps workshop rewrites as labeled examples, so the room's work can teach the model. */
public final class WorkshopExamples {

    public static final String SOURCE = "workshop";

    private WorkshopExamples() {
    }

    /**
     * The rewrite as an example labeled {@code label} (the trainer's call, which need not be the
     * model's verdict), remembering the deck and the prompt it answered. Participants' names are
     * left out: a corpus outlives the workshop.
     */
    public static Example example(Deck deck, Rewrite rewrite, Label label, Instant added) {
        return Example.of(rewrite.text(), label, SOURCE, added)
                .withExtra("deck", TextNode.valueOf(deck.title()))
                .withExtra("prompt", TextNode.valueOf(rewrite.prompt().text()))
                .withExtra("direction", TextNode.valueOf(rewrite.prompt().direction().id()));
    }
}
