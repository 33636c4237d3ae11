package com.usthem.core.team;

import com.usthem.core.corpus.Example;

import java.util.Objects;

/**
 * The person giving labels: the name set in the app, or {@code --author} / {@value #ENV} on the
 * command line. {@link #UNNAMED} labels as UsThem did before names were recorded: its labels carry
 * no name, and a label with a name counts over one without.
 *
 * @param name the name as written in the corpus, or null for {@link #UNNAMED}
 */
public record Author(String name) {

    public static final String ENV = "USTHEM_AUTHOR";
    public static final Author UNNAMED = new Author(null);
    /** A name is for a person; a longer one is a mistaken paste. */
    public static final int MAX_LENGTH = 80;

    public Author {
        if (name != null) {
            if (name.isBlank() || !name.strip().equals(name)) {
                throw new IllegalArgumentException("an author name has no space around it and is not blank");
            }
            if (name.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("author name of " + name.length() + " characters; at most "
                        + MAX_LENGTH);
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("an author name is one line of text, without control characters");
            }
        }
    }

    /** The author a setting or option names: {@link #UNNAMED} when it is empty. */
    public static Author of(String setting) {
        return setting == null || setting.isBlank() ? UNNAMED : new Author(setting.strip());
    }

    /** {@value #ENV}, or {@link #UNNAMED} when it is not set. */
    public static Author fromEnvironment() {
        return of(System.getenv(ENV));
    }

    public boolean named() {
        return name != null;
    }

    /** Whether the line's label is this author's: the same name, or no name on either. */
    public boolean gave(Example line) {
        return Objects.equals(name, line.author());
    }

    /** The example with this author's name, unless it carries a name already (an imported row keeps its own). */
    public Example sign(Example example) {
        return example.author() == null && named() ? example.withAuthor(name) : example;
    }

    /** The name as shown to people. */
    public static String display(String name) {
        return name == null ? "(no name)" : name;
    }

    @Override
    public String toString() {
        return display(name);
    }
}
