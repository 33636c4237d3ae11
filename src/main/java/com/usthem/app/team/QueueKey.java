package com.usthem.app.team;

import com.usthem.core.Label;

/** The answers of the labeling queue and the conflicts queue, one a key: M, S, Space, Backspace. */
public enum QueueKey {
    MARKETING, SALES, SKIP, BACK;

    /** The label the key gives; null for skip and back. */
    Label label() {
        return switch (this) {
            case MARKETING -> Label.MARKETING;
            case SALES -> Label.SALES;
            default -> null;
        };
    }
}
