package com.usthem.core.workshop;

import java.util.List;

/** A trainer's set of prompts for a workshop, with a title to show the room. */
public record Deck(String title, List<DeckPrompt> prompts) {

    public Deck {
        prompts = List.copyOf(prompts);
    }
}
