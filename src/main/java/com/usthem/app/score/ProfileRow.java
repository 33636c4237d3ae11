package com.usthem.app.score;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.LeanScale;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a profile as the Why panel shows it: a distinction (or the wording no distinction
 * claims), which way and how far it leans, and the words behind it. Every feature the model weighed
 * is shown under its own row, so no word is shown without the distinction it counts for.
 *
 * @param distinction  null for the wording row
 * @param logOdds      the lean, positive toward sales
 * @param cues         the strongest features behind the lean, strongest first
 * @param mainlyAbout  whether this is the distinction the piece is mainly about
 */
public record ProfileRow(Distinction distinction, String title, double logOdds, List<FeatureContribution> cues,
                         boolean mainlyAbout) {

    public ProfileRow {
        cues = List.copyOf(cues);
    }

    /**
     * The six distinctions in the article's order, then the wording, whose cues are the strongest of
     * {@code reasons} (the same verdict's contributions, strongest first) that no distinction claims.
     */
    public static List<ProfileRow> of(DistinctionProfile profile, List<FeatureContribution> reasons) {
        List<ProfileRow> rows = new ArrayList<>();
        for (DistinctionProfile.Lean lean : profile.leans()) {
            Distinction distinction = lean.distinction();
            rows.add(new ProfileRow(distinction, distinction.title(), lean.logOdds(), lean.cues(),
                    distinction == profile.strongest()));
        }
        rows.add(new ProfileRow(null, DistinctionProfile.WORDING, profile.wording(),
                DistinctionProfile.wordingCues(reasons), false));
        return rows;
    }

    /** "clearly sales", "no lean". */
    public String leanWords() {
        return LeanScale.words(logOdds);
    }

    /** What each side of the row means, for a tooltip. */
    public String sides() {
        return distinction == null ? "Words that show none of the six distinctions."
                : "Marketing: " + distinction.side(Label.MARKETING) + ".\nSales: " + distinction.side(Label.SALES) + ".";
    }
}
