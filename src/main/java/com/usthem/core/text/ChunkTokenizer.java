package com.usthem.core.text;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenNLP's maxent tokenizer, remembered chunk by chunk. {@link TokenizerME} first splits a
 * sentence at white space, then decides where each chunk splits from that chunk alone ("Friday."
 * becomes "Friday" and "."), asking its model once per character. So a chunk's tokens are the
 * same wherever it appears: they are worked out once and looked up after, which gives exactly
 * OpenNLP's tokens at a fraction of the cost (copy repeats its words; the shipped corpus has 26,000
 * different chunks in 4 million). Keeping no chunks, it is OpenNLP's tokenizer unchanged: the
 * reference the remembering one is tested against. Thread-safe.
 */
final class ChunkTokenizer {

    private final ThreadLocal<TokenizerME> tokenizer;
    /** A chunk's token boundaries, relative to the chunk: start, end, start, end, ... */
    private final LruCache<int[]> chunks;

    ChunkTokenizer(TokenizerModel model, int cachedChunks) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
        this.chunks = new LruCache<>(cachedChunks);
    }

    Span[] tokenizePos(String sentence) {
        if (chunks.capacity() == 0) {
            return tokenizer.get().tokenizePos(sentence);
        }
        List<Span> tokens = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            String text = sentence.substring(chunk.getStart(), chunk.getEnd());
            int[] bounds = text.length() < 2 ? new int[] {0, text.length()}
                    : chunks.computeIfAbsent(text, this::tokenize);
            for (int i = 0; i < bounds.length; i += 2) {
                tokens.add(new Span(chunk.getStart() + bounds[i], chunk.getStart() + bounds[i + 1]));
            }
        }
        return tokens.toArray(Span[]::new);
    }

    private int[] tokenize(String chunk) {
        Span[] spans = tokenizer.get().tokenizePos(chunk);
        int[] bounds = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            bounds[2 * i] = spans[i].getStart();
            bounds[2 * i + 1] = spans[i].getEnd();
        }
        return bounds;
    }
}
