package com.usthem.core.workshop;

/** One line for the room to rewrite: its place in the deck (from 1), the text, which way, and its line in the file. */
public record DeckPrompt(int number, String text, Direction direction, int line) {
}
