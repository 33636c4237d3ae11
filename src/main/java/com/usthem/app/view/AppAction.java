package com.usthem.app.view;

import javafx.scene.input.KeyCombination;

/**
 * Something the user can do from the menu bar, with its keyboard shortcut; the Help dialog lists
 * the same actions, so the two never disagree.
 */
public record AppAction(String menu, String title, KeyCombination keys, Runnable run) {

    public String shortcut() {
        return keys.getDisplayText();
    }
}
