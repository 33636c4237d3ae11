package com.usthem.core.report;

import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.LeanScale;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile in the six distinctions as the reports draw it: a bar per distinction from marketing
 * (left) to sales (right), filled from the middle as far as the distinction leans, with the lean in
 * words and the words behind it; the wording last. The template reads it by reflection.
 *
 * @param bars the distinctions in the article's order, then the wording
 */
record ProfileChart(List<Bar> bars) {

    /**
     * One bar: where its fill starts and how wide it is, in percent of the track.
     *
     * @param side "sales", "marketing" or "none": the fill's colour
     */
    record Bar(String title, boolean mainlyAbout, String words, String side, long left, long width, String cues) {

        static Bar of(String title, boolean mainlyAbout, double logOdds, List<FeatureContribution> cues) {
            long width = Math.round(50 * LeanScale.fraction(logOdds));
            String side = !LeanScale.leans(logOdds) ? "none" : logOdds > 0 ? "sales" : "marketing";
            return new Bar(title, mainlyAbout, LeanScale.words(logOdds), side, logOdds > 0 ? 50 : 50 - width, width,
                    cues.stream().map(FeatureContribution::plainWords).collect(Collectors.joining("; ")));
        }

        /** Whether the bar leans at all: a sentence's small chart leaves out the ones that don't. */
        public boolean leans() {
            return !side.equals("none");
        }
    }

    /**
     * The chart of a profile; {@code reasons} are the same verdict's contributions, strongest first,
     * whose strongest unclaimed by any distinction are the wording's words.
     */
    static ProfileChart of(DistinctionProfile profile, List<FeatureContribution> reasons) {
        List<Bar> bars = new ArrayList<>();
        for (DistinctionProfile.Lean lean : profile.leans()) {
            bars.add(Bar.of(lean.distinction().title(), lean.distinction() == profile.strongest(), lean.logOdds(),
                    lean.cues()));
        }
        bars.add(Bar.of(DistinctionProfile.WORDING, false, profile.wording(),
                DistinctionProfile.wordingCues(reasons)));
        return new ProfileChart(bars);
    }

    /** The bars that lean, for a sentence's small chart. */
    public List<Bar> leaning() {
        return bars.stream().filter(Bar::leans).toList();
    }
}
