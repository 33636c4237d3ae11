package com.usthem.app.workspace;

import com.usthem.core.team.Author;

import java.util.function.BooleanSupplier;

/**
 * Who labels in this app: the name from the app's settings (or none), which the workspace corpus
 * asks for at every change, and the question put to a user who labels before having said.
 *
 * <p>Until the app says otherwise, labels carry no name and nobody is asked, as before names were
 * recorded.
 */
public final class Labeler {

    /** Read on the workspace's thread, where the corpus writes the label. */
    private volatile Author author = Author.UNNAMED;
    private boolean said = true;
    private BooleanSupplier ask = () -> true;

    /** Who the labels made now are given by. */
    public Author author() {
        return author;
    }

    /**
     * Takes the app's setting: a name, "" to label without one, or null when the user has not said
     * yet (the next label asks first).
     */
    public void set(String setting) {
        author = Author.of(setting);
        said = setting != null;
    }

    /**
     * How to ask who is labeling: true when the user answered (and the setting now says), false when
     * they backed out.
     */
    public void askWith(BooleanSupplier asking) {
        ask = asking;
    }

    /**
     * Called on the FX thread before a label is given: asks who is labeling when the user has not
     * said yet. False when they backed out, and then nothing is to be labeled.
     */
    public boolean ready() {
        return said || ask.getAsBoolean();
    }
}
