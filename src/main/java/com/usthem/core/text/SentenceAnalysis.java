package com.usthem.core.text;

import java.util.Locale;

/**
 * Tokens and part-of-speech tags of one sentence, with token offsets relative to the sentence
 * start. Relative offsets let one analysis serve the same sentence wherever it appears.
 * Tags are UD UPOS (PRON, VERB, AUX, ...) or null when no tagger ran.
 */
public final class SentenceAnalysis {

    private final String text;
    private final String[] tokens;
    private final String[] lowerTokens;
    private final int[] starts;
    private final int[] ends;
    private final String[] tags;

    public SentenceAnalysis(String text, String[] tokens, int[] starts, int[] ends, String[] tags) {
        if (tokens.length != starts.length || tokens.length != ends.length
                || (tags != null && tags.length != tokens.length)) {
            throw new IllegalArgumentException("tokens, offsets and tags must have the same length");
        }
        this.text = text;
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
        this.tags = tags;
        this.lowerTokens = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lowerTokens[i] = normalizeApostrophes(tokens[i].toLowerCase(Locale.ROOT));
        }
    }

    /** Splits on white space, without tags: for token arrays that arrive without an analysis. */
    public static SentenceAnalysis ofTokens(String[] tokens) {
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int position = 0;
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = position;
            ends[i] = position + tokens[i].length();
            position = ends[i] + 1;
        }
        return new SentenceAnalysis(String.join(" ", tokens), tokens, starts, ends, null);
    }

    private static String normalizeApostrophes(String token) {
        return token.indexOf('\u2019') >= 0 ? token.replace('\u2019', '\'') : token;
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.length;
    }

    public String token(int i) {
        return tokens[i];
    }

    /** Lowercase, with typographic apostrophes made plain, so word lists match either spelling. */
    public String lower(int i) {
        return lowerTokens[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean tagged() {
        return tags != null;
    }

    /** The UD tag of token i, or null when the sentence was not tagged. */
    public String tag(int i) {
        return tags == null ? null : tags[i];
    }

    public String[] tokens() {
        return tokens.clone();
    }

    public boolean endsWith(String token) {
        return tokens.length > 0 && tokens[tokens.length - 1].equals(token);
    }
}
