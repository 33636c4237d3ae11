package com.usthem.app.score;

import com.usthem.core.Label;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.PronounCount;
import com.usthem.core.report.PronounNote;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.text.OneLine;

import java.util.List;
import java.util.Locale;

/** The verdict on a draft as plain text, for pasting into an email, a brief or a ticket. */
public final class PlainTextReport {

    static final int REASONS_PER_SIDE = 5;
    private static final int SENTENCE_WIDTH = 90;

    private PlainTextReport() {
    }

    public static String of(ScoredText scored, String draftName, String modelName) {
        TextScore score = scored.score();
        StringBuilder report = new StringBuilder();
        report.append("UsThem verdict").append(draftName == null ? "" : " on " + draftName).append('\n');
        report.append(verdictLine(score)).append('\n');
        score.mixed().ifPresent(mixed -> report.append(mixed.summary()).append('\n'));
        report.append(pronounLine(score.pronouns())).append('\n');
        String disagreement = PronounNote.of(score);
        if (disagreement != null) {
            report.append(disagreement).append('\n');
        }
        report.append("Model: ").append(modelName).append("\n");
        for (Label side : List.of(Label.SALES, Label.MARKETING)) {
            List<FeatureContribution> reasons = ScoredText.toward(scored.reasons(), side, REASONS_PER_SIDE);
            if (!reasons.isEmpty()) {
                report.append("\nPulling toward ").append(side.id()).append(":\n");
                reasons.forEach(reason -> report.append("  - ").append(reason.plainWords()).append('\n'));
            }
        }
        report.append("\nSentences:\n");
        List<SentenceScore> sentences = score.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceScore sentence = sentences.get(i);
            report.append(String.format(Locale.ROOT, "  %d. %-18s %3.0f%% sales  %s%n", i + 1,
                    Lean.of(sentence.sales()).words(), 100 * sentence.sales(), OneLine.cut(sentence.text(), SENTENCE_WIDTH)));
        }
        return report.toString();
    }

    /** "Sales (strongly sales): 91% sales, 9% marketing". */
    public static String verdictLine(TextScore score) {
        return String.format(Locale.ROOT, "Verdict: %s (%s): %.0f%% sales, %.0f%% marketing", score.label().id(),
                Lean.of(score.sales()).words(), 100 * score.sales(), 100 * score.marketing());
    }

    /** "We-words 2, you-words 5: customer focus 71%". */
    public static String pronounLine(PronounCount pronouns) {
        return String.format(Locale.ROOT, "We-words %d, you-words %d: customer focus %.0f%%", pronouns.we(),
                pronouns.you(), pronouns.customerFocusPercent());
    }
}
