package com.usthem.core.workshop;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.io.Json;

import java.time.Instant;

/** Keeps workshop rewrites as labeled examples, so the room's work can teach the model. */
public final class WorkshopExamples {

    public static final String SOURCE = "workshop";
    /** Who wrote the rewrite, as they gave their name; not {@code author}, which names who labeled an example. */
    private static final String WRITER = "writer";
    /** How the room's phones voted on it: {@code {"marketing": 3, "sales": 9}}. */
    private static final String VOTES = "votes";

    private WorkshopExamples() {
    }

    /**
     * The rewrite as an example labeled {@code label} (the trainer's call, which need not be the
     * model's verdict), remembering the deck and the prompt it answered, who wrote it when they gave
     * a name, and how the phones voted when they did.
     */
    public static Example example(Deck deck, Rewrite rewrite, Label label, Instant added) {
        Example example = Example.of(rewrite.text(), label, SOURCE, added)
                .withExtra("deck", TextNode.valueOf(deck.title()))
                .withExtra("prompt", TextNode.valueOf(rewrite.prompt().text()))
                .withExtra("direction", TextNode.valueOf(rewrite.prompt().direction().id()));
        if (!rewrite.author().isEmpty()) {
            example = example.withExtra(WRITER, TextNode.valueOf(rewrite.author()));
        }
        VoteSplit votes = rewrite.votes();
        if (votes.total() > 0) {
            example = example.withExtra(VOTES, Json.MAPPER.createObjectNode()
                    .put(Label.MARKETING.id(), votes.marketing()).put(Label.SALES.id(), votes.sales()));
        }
        return example;
    }
}
