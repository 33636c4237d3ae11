package com.usthem.core.coach;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.scoring.ScoredText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What would move a draft toward the side its writer wants: for each distinction that pulls the
 * draft the other way, the tip written for it ({@link Distinction#tip}) and the corpus examples
 * nearest the draft that make that move. Nothing here is generated: the tips are fixed text and the
 * examples real corpus entries.
 *
 * @param verdict the side the draft reads as now
 * @param advice  the distinctions pulling away, the strongest pull first; empty when none does
 */
public record Coaching(Label target, Label verdict, List<Advice> advice) {

    /**
     * A distinction pulls a draft away when it leans the other way by at least this much (log-odds):
     * smaller leans are a word or two that cancel out, not something to rewrite.
     */
    static final double PULL = 0.25;
    /** Examples shown for each distinction. */
    static final int EXAMPLES = 2;

    /** One distinction pulling away: how far (log-odds toward sales), what to do, and examples doing it. */
    public record Advice(Distinction distinction, double lean, String tip, List<CoachExample> examples) {

        public Advice {
            examples = List.copyOf(examples);
        }
    }

    public Coaching {
        advice = List.copyOf(advice);
    }

    /** The coaching of a scored draft toward {@code target}, with examples from the finder's corpus. */
    public static Coaching of(ScoredText draft, Label target, ExampleFinder examples) {
        List<Advice> advice = new ArrayList<>();
        for (DistinctionProfile.Lean lean : pullingAway(draft.profile(), target)) {
            Distinction distinction = lean.distinction();
            advice.add(new Advice(distinction, lean.logOdds(), distinction.tip(target),
                    examples.nearest(draft.text(), draft.reasons(), distinction, target, EXAMPLES)));
        }
        return new Coaching(target, draft.score().label(), advice);
    }

    /** The distinctions leaning away from {@code target} by {@link #PULL} or more, the strongest first. */
    static List<DistinctionProfile.Lean> pullingAway(DistinctionProfile profile, Label target) {
        double toward = target == Label.SALES ? 1 : -1;
        return profile.leans().stream().filter(lean -> toward * lean.logOdds() <= -PULL)
                .sorted(Comparator.comparingDouble(lean -> toward * lean.logOdds())).toList();
    }

    /** Whether the draft already reads as wanted and nothing in it pulls the other way. */
    public boolean onTarget() {
        return verdict == target && advice.isEmpty();
    }
}
