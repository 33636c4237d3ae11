package com.usthem.core.classify;

import com.usthem.core.Label;

import java.util.List;
import java.util.Optional;

/**
 * How a text's sentences split between the sides, when they do. The verdict stays one label,
 * decided by what the whole piece is for; this says in words that part of it reads the other way,
 * and where: real sales emails often open with the company and close with the ask.
 *
 * @param marketingSentences sentences that read clearly as marketing on their own
 * @param salesSentences     sentences that read clearly as sales on their own
 * @param opens              the side of the first clear sentence
 * @param closes             the side of the last clear sentence
 */
public record MixedReading(int marketingSentences, int salesSentences, Label opens, Label closes) {

    /** A sentence reads clearly as one side when its own score leans at least this far. */
    public static final double CLEAR = 0.65;

    /** "Mixed: opens as marketing, closes as sales", or where the other side sits when both ends agree. */
    public String summary() {
        if (opens != closes) {
            return "Mixed: opens as " + opens.id() + ", closes as " + closes.id();
        }
        Label other = opens == Label.SALES ? Label.MARKETING : Label.SALES;
        int others = other == Label.SALES ? salesSentences : marketingSentences;
        return "Mixed: opens and closes as " + opens.id() + ", " + others + " of " + (marketingSentences
                + salesSentences) + " clear sentences read as " + other.id();
    }

    /**
     * The split of a text's sentences, or empty when they do not split: fewer than two clear
     * sentences, or all clear ones on one side. Lines that only frame a message (greetings,
     * sign-offs, signatures) are left out, since "Hi Sam," reads as sales in any newsletter.
     *
     * @param message for each sentence, whether it is part of the message rather than its frame
     */
    static Optional<MixedReading> of(List<SentenceScore> sentences, List<Boolean> message) {
        int marketing = 0;
        int sales = 0;
        Label opens = null;
        Label closes = null;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceScore sentence = sentences.get(i);
            Label side = sentence.sales() >= CLEAR ? Label.SALES : sentence.marketing() >= CLEAR ? Label.MARKETING : null;
            if (side == null || !message.get(i)) {
                continue;
            }
            if (side == Label.SALES) {
                sales++;
            } else {
                marketing++;
            }
            opens = opens == null ? side : opens;
            closes = side;
        }
        return marketing > 0 && sales > 0 ? Optional.of(new MixedReading(marketing, sales, opens, closes))
                : Optional.empty();
    }
}
