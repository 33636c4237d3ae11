package com.usthem.app.coach;

import com.usthem.core.Label;
import com.usthem.core.classify.LeanScale;
import com.usthem.core.coach.CoachExample;
import com.usthem.core.coach.Coaching;
import com.usthem.core.corpus.Example;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The coaching's sentences, as the panel shows them. */
final class CoachWords {

    private static final String SHIPPED_SOURCE = "usthem";

    private CoachWords() {
    }

    /** "It reads as marketing. 2 distinctions pull it away from sales, the strongest first:". */
    static String summary(Coaching coaching) {
        String reads = "It reads as " + coaching.verdict().id() + ".";
        int pulling = coaching.advice().size();
        if (pulling == 0) {
            return reads + (coaching.verdict() == coaching.target() ? " Nothing in it pulls toward "
                    + coaching.target().other().id() + "." : " No one distinction pulls it away from "
                    + coaching.target().id() + ": its other wording does (see Why above).");
        }
        return String.format(Locale.ROOT, "%s %s away from %s%s:", reads,
                pulling == 1 ? "One distinction pulls it" : pulling + " distinctions pull it", coaching.target().id(),
                pulling == 1 ? "" : ", the strongest first");
    }

    /** "Now it leans clearly toward marketing." */
    static String leaning(double logOdds) {
        String words = LeanScale.words(logOdds);
        String how = words.startsWith("leans ") ? "" : words.substring(0, words.indexOf(' ') + 1);
        return "Now it leans " + how + "toward " + (logOdds > 0 ? Label.SALES : Label.MARKETING).id() + ".";
    }

    /** "sales · your team's, labeled by ana · its distinction as the model reads it". */
    static String describe(CoachExample found) {
        Example example = found.example();
        List<String> parts = new ArrayList<>();
        parts.add(example.label().id());
        parts.add(SHIPPED_SOURCE.equals(example.source()) ? "from the shipped corpus"
                : "your team's" + (example.author() == null ? "" : ", labeled by " + example.author()));
        if (found.distinctionFromModel()) {
            parts.add("its distinction as the model reads it");
        }
        return String.join(" \u00b7 ", parts);
    }
}
