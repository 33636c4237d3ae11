package com.usthem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.MixedReading;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.Cue;
import com.usthem.core.io.Json;
import com.usthem.core.io.Numbers;
import com.usthem.core.report.PronounNote;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.text.OneLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints a {@link TextScore} as a table for people or as JSON for programs. */
final class ScoreOutput {

    private static final int SENTENCE_WIDTH = 70;

    private ScoreOutput() {
    }

    static void printTable(ScoredText scored, PrintWriter out) {
        TextScore score = scored.score();
        out.printf(Locale.ROOT, "%s  (marketing %.2f, sales %.2f)%n", score.label().id(), score.marketing(),
                score.sales());
        score.mixed().ifPresent(mixed -> out.printf("%s (%d marketing, %d sales sentences)%n", mixed.summary(),
                mixed.marketingSentences(), mixed.salesSentences()));
        out.printf(Locale.ROOT, "we-words %d, you-words %d, customer focus %.0f%%%n", score.pronouns().we(),
                score.pronouns().you(), score.pronouns().customerFocusPercent());
        String note = PronounNote.of(score);
        if (note != null) {
            out.println(note);
        }
        out.println();
        printProfile(scored.profile(), out);
        out.println();
        out.printf("%3s  %-9s  %5s  %s%n", "#", "label", "sales", "sentence");
        int n = 1;
        for (SentenceScore sentence : score.sentences()) {
            out.printf(Locale.ROOT, "%3d  %-9s  %5.2f  %s%n", n++, sentence.label().id(), sentence.sales(),
                    OneLine.cut(sentence.text(), SENTENCE_WIDTH, "..."));
        }
    }

    /**
     * The six distinctions: the one the piece is mainly about starred, each one's lean (log-odds,
     * toward which side) and the words behind it.
     */
    private static void printProfile(DistinctionProfile profile, PrintWriter out) {
        out.printf("  %-30s %-16s %s%n", "distinction", "lean", "because of");
        for (DistinctionProfile.Lean lean : profile.leans()) {
            out.printf(Locale.ROOT, "%s %-30s %-16s %s%n", lean.distinction() == profile.strongest() ? "*" : " ",
                    lean.distinction().title(), leanWords(lean.logOdds()), cues(lean.cues()));
        }
        out.printf(Locale.ROOT, "  %-30s %-16s%n", "other wording", leanWords(profile.wording()));
        out.printf("  (* what the piece is mainly about)%n");
    }

    private static String leanWords(double logOdds) {
        return Math.abs(logOdds) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f %s", logOdds,
                logOdds > 0 ? "sales" : "marketing");
    }

    private static String cues(List<FeatureContribution> cues) {
        return cues.stream().map(FeatureContribution::plainWords).collect(Collectors.joining("; "));
    }

    static ObjectNode toJson(ScoredText scored) {
        TextScore score = scored.score();
        String text = scored.text();
        ObjectNode node = Json.MAPPER.createObjectNode();
        putVerdict(node, score);
        putProfile(node, scored.profile());
        if (score.mixed().isPresent()) {
            MixedReading mixed = score.mixed().get();
            node.putObject("mixed").put("summary", mixed.summary())
                    .put("marketingSentences", mixed.marketingSentences())
                    .put("salesSentences", mixed.salesSentences())
                    .put("opens", mixed.opens().id())
                    .put("closes", mixed.closes().id());
        } else {
            node.putNull("mixed");
        }
        ArrayNode sentences = node.putArray("sentences");
        for (SentenceScore sentence : score.sentences()) {
            ObjectNode s = sentences.addObject();
            s.put("start", sentence.start());
            s.put("end", sentence.end());
            s.put("text", sentence.text());
            s.put("label", sentence.label().id());
            s.put("marketing", Numbers.round4(sentence.marketing()));
            s.put("sales", Numbers.round4(sentence.sales()));
            putProfile(s, scored.profileOf(sentence));
        }
        ArrayNode cues = node.putArray("cues");
        for (Cue cue : score.cues()) {
            ObjectNode c = cues.addObject();
            c.put("kind", cue.kind().name().toLowerCase(Locale.ROOT));
            c.put("start", cue.start());
            c.put("end", cue.end());
            c.put("text", text.substring(cue.start(), cue.end()));
        }
        ObjectNode pronouns = node.putObject("pronouns");
        pronouns.put("we", score.pronouns().we());
        pronouns.put("you", score.pronouns().you());
        pronouns.put("customerFocus", Numbers.round4(score.pronouns().customerFocusPercent() / 100));
        return node;
    }

    /** {@code strongest}, {@code distinctions} (name, title, lean, strength, logOdds, relevance, cues) and {@code wording}. */
    private static void putProfile(ObjectNode node, DistinctionProfile profile) {
        node.put("strongest", profile.strongest().id());
        ArrayNode distinctions = node.putArray("distinctions");
        for (DistinctionProfile.Lean lean : profile.leans()) {
            ObjectNode d = distinctions.addObject();
            d.put("name", lean.distinction().id());
            d.put("title", lean.distinction().title());
            d.put("lean", lean.side().id());
            d.put("strength", Numbers.round4(Math.abs(lean.logOdds())));
            d.put("logOdds", Numbers.round4(lean.logOdds()));
            if (Double.isNaN(lean.relevance())) {
                d.putNull("relevance");
            } else {
                d.put("relevance", Numbers.round4(lean.relevance()));
            }
            ArrayNode cues = d.putArray("cues");
            lean.cues().forEach(cue -> cues.add(cue.plainWords()));
        }
        node.put("wording", Numbers.round4(profile.wording()));
    }

    static void putVerdict(ObjectNode node, TextScore score) {
        node.put("label", score.label().id());
        node.put("marketing", Numbers.round4(score.marketing()));
        node.put("sales", Numbers.round4(score.sales()));
    }
}
