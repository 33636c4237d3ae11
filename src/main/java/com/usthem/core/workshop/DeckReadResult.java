package com.usthem.core.workshop;

import com.usthem.core.io.FileProblem;

import java.util.List;

/** The deck made of a file's good prompts, and a problem ({@code FILE:LINE: reason}) for every bad line. */
public record DeckReadResult(Deck deck, List<FileProblem> problems) {

    public DeckReadResult {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** Whether there is anything to play: at least one good prompt. */
    public boolean playable() {
        return !deck.prompts().isEmpty();
    }
}
