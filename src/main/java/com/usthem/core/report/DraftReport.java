package com.usthem.core.report;

import com.usthem.core.Label;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.MixedReading;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.scoring.ScoredText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page HTML report on one draft: the verdict and a gauge, the we/you counts, the text with
 * each sentence coloured by its score, a sentence table with each sentence's strongest pulls, and
 * the reasons for the verdict in plain words. Self-contained (inline CSS, no scripts, no links to
 * anything), so it opens in any browser and can be mailed as it is.
 */
public final class DraftReport {

    private static final int REASONS = 6;
    private static final int SENTENCE_REASONS = 2;

    private DraftReport() {
    }

    /** What the template shows (the template engine reads it by reflection). */
    record Page(String title, String generated, String model, HtmlTemplates.Scale scale, String label,
                       long salesPercent, long marketingPercent, int we, int you, long customerFocus,
                       int sentenceCount, boolean oneSentence, String mixed, String pronounNote,
                       List<Segment> segments,
                       List<Row> sentences, boolean canExplain, List<String> towardSales,
                       List<String> towardMarketing) {
    }

    /** A stretch of the text: a sentence (coloured) or the space between sentences. */
    record Segment(String text, boolean sentence, int number, String color, long percent) {
    }

    /** A row of the sentence table. */
    record Row(int number, String text, String label, long percent, String color, String reasons) {
    }

    /** The report as HTML. {@code title} names the draft (e.g. its file name), {@code model} the model that scored it. */
    public static String html(String title, ScoredText scored, String model, Instant generated) {
        String text = scored.text();
        TextScore score = scored.score();
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (SentenceScore sentence : score.sentences()) {
            String reasons = String.join("; ", plainWords(ScoredText.toward(scored.reasonsFor(sentence),
                    sentence.label(), SENTENCE_REASONS)));
            rows.add(new Row(number++, sentence.text(), sentence.label().id(), HtmlTemplates.percent(sentence.sales()),
                    HeatScale.color(sentence.sales()), reasons));
        }
        Page page = new Page(title, HtmlTemplates.formatInstant(generated), model, HtmlTemplates.Scale.HEAT,
                score.label().id(), HtmlTemplates.percent(score.sales()), HtmlTemplates.percent(score.marketing()),
                score.pronouns().we(), score.pronouns().you(), Math.round(score.pronouns().customerFocusPercent()),
                score.sentences().size(), score.sentences().size() == 1,
                score.mixed().map(MixedReading::summary).orElse(null), PronounNote.of(score), segments(text, score),
                rows, scored.explained(), plainWords(ScoredText.toward(scored.reasons(), Label.SALES, REASONS)),
                plainWords(ScoredText.toward(scored.reasons(), Label.MARKETING, REASONS)));
        return HtmlTemplates.render("draft-report.mustache", page);
    }

    private static List<String> plainWords(List<FeatureContribution> reasons) {
        return reasons.stream().map(FeatureContribution::plainWords).toList();
    }

    /** The whole text cut at sentence boundaries, so what lies between sentences (line breaks) is kept. */
    private static List<Segment> segments(String text, TextScore score) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        int number = 1;
        for (SentenceScore sentence : score.sentences()) {
            if (sentence.start() > at) {
                segments.add(new Segment(text.substring(at, sentence.start()), false, 0, null, 0));
            }
            segments.add(new Segment(text.substring(sentence.start(), sentence.end()), true, number++,
                    HeatScale.color(sentence.sales()), HtmlTemplates.percent(sentence.sales())));
            at = sentence.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false, 0, null, 0));
        }
        return segments;
    }
}
