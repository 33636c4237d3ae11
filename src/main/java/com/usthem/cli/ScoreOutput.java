package com.usthem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.classify.MixedReading;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.Cue;
import com.usthem.core.io.Json;
import com.usthem.core.io.Numbers;
import com.usthem.core.report.PronounNote;
import com.usthem.core.text.OneLine;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link TextScore} as a table for people or as JSON for programs. */
final class ScoreOutput {

    private static final int SENTENCE_WIDTH = 70;

    private ScoreOutput() {
    }

    static void printTable(TextScore score, PrintWriter out) {
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
        out.printf("%3s  %-9s  %5s  %s%n", "#", "label", "sales", "sentence");
        int n = 1;
        for (SentenceScore sentence : score.sentences()) {
            out.printf(Locale.ROOT, "%3d  %-9s  %5.2f  %s%n", n++, sentence.label().id(), sentence.sales(),
                    OneLine.cut(sentence.text(), SENTENCE_WIDTH, "..."));
        }
    }

    static ObjectNode toJson(TextScore score, String text) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        putVerdict(node, score);
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

    static void putVerdict(ObjectNode node, TextScore score) {
        node.put("label", score.label().id());
        node.put("marketing", Numbers.round4(score.marketing()));
        node.put("sales", Numbers.round4(score.sales()));
    }
}
