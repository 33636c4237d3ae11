package com.usthem.app.score;

import com.usthem.core.Distinction;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileRowTest {

    private static final FeatureContribution SIGN = new FeatureContribution("cta=imperative_sign",
            "opens with the verb 'sign'", 1, 2.5, Distinction.JOURNEY_LAST_MILE);
    private static final FeatureContribution WE = new FeatureContribution("w=we", "'we'", 2, -1.5, Distinction.US_THEM);
    private static final FeatureContribution CREW = new FeatureContribution("w=crew", "'crew'", 1, 0.25, null);
    private static final FeatureContribution THE = new FeatureContribution("w=the", "'the'", 3, -0.1, null);

    @Test
    void sixDistinctionsInTheArticlesOrderThenTheWordingWithTheWordsNoDistinctionClaims() {
        List<FeatureContribution> reasons = List.of(SIGN, WE, CREW, THE);
        List<ProfileRow> rows = ProfileRow.of(DistinctionProfile.of(reasons, null), reasons);

        assertEquals(Stream.concat(Arrays.stream(Distinction.values()).map(Distinction::title),
                Stream.of(DistinctionProfile.WORDING)).toList(), rows.stream().map(ProfileRow::title).toList());
        ProfileRow lastMile = rows.get(Distinction.JOURNEY_LAST_MILE.ordinal());
        assertEquals(List.of(SIGN), lastMile.cues());
        assertEquals("strongly sales", lastMile.leanWords());
        assertEquals(List.of(Distinction.JOURNEY_LAST_MILE), rows.stream().filter(ProfileRow::mainlyAbout)
                .map(ProfileRow::distinction).toList(), "the largest lean, without a model of the distinctions");
        ProfileRow wording = rows.get(6);
        assertEquals(List.of(CREW, THE), wording.cues());
        assertEquals(0.15, wording.logOdds(), 1e-12);
        assertEquals("leans sales", wording.leanWords());
        assertEquals("no lean", rows.get(Distinction.ATTRACT_KEEP.ordinal()).leanWords());
    }

    @Test
    void eachRowSaysWhatItsTwoSidesAre() {
        List<ProfileRow> rows = ProfileRow.of(DistinctionProfile.of(List.of(SIGN), null), List.of(SIGN));
        assertEquals("Marketing: announcing: what is new, where, for whom.\nSales: asking for the action: sign, book, "
                + "reply.", rows.get(Distinction.JOURNEY_LAST_MILE.ordinal()).sides());
        assertEquals("Words that show none of the six distinctions.", rows.get(6).sides());
    }
}
