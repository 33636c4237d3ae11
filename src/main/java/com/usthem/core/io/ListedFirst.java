package com.usthem.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Long lists of problems are shown as their first {@value #SHOWN} and how many more, so that one
 * bad export does not bury everything else; the command line and the app say it alike.
 */
public final class ListedFirst {

    public static final int SHOWN = 20;

    private ListedFirst() {
    }

    /** The first {@value #SHOWN} lines, then "… and N more" when there were more. */
    public static List<String> of(List<String> lines) {
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) {
            shown.add(String.format(Locale.ROOT, "\u2026 and %,d more", lines.size() - SHOWN));
        }
        return shown;
    }
}
