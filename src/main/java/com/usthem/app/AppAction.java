package com.usthem.app;

import javafx.scene.input.KeyCombination;

/**
 * Something the user can do from the menu bar, with its keyboard shortcut; the Help dialog lists
 * the same actions, so the two never disagree.
 */
record AppAction(String menu, String title, KeyCombination keys, Runnable run) {

    String shortcut() {
        return keys.getDisplayText();
    }
}
