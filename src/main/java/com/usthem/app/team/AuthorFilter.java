package com.usthem.app.team;

import com.usthem.core.workspace.ReviewedExample;

import java.util.Objects;

/**
 * Whose labels the examples window shows: everyone's, one person's, or the lines without a name
 * (the shipped corpus, labels from before names were recorded).
 *
 * @param name     the person, or null for the lines without a name
 * @param everyone whether it keeps every line
 */
public record AuthorFilter(String name, boolean everyone) {

    public static final AuthorFilter EVERYONE = new AuthorFilter(null, true);
    public static final AuthorFilter NO_NAME = new AuthorFilter(null, false);

    public static AuthorFilter of(String name) {
        return new AuthorFilter(name, false);
    }

    public boolean keeps(ReviewedExample example) {
        return everyone || Objects.equals(name, example.author());
    }

    /** As the window's choice shows it. */
    @Override
    public String toString() {
        return everyone ? "Everyone" : name == null ? "No name" : name;
    }
}
