package com.usthem.core.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits copy into sentences, tokens and UD part-of-speech tags with OpenNLP's English models,
 * loaded from the classpath (nothing is downloaded). Line breaks end a sentence too: headlines and
 * email greetings rarely end with a full stop.
 *
 * <p>Thread-safe: the models are shared, the OpenNLP tools (which keep per-call state) are per
 * thread. Sentence boundaries are cached per line, analyses per sentence and tokens per chunk
 * between spaces ({@link ChunkTokenizer}), so re-analysing an edited draft only splits the line and
 * tags the sentence that changed, and a new sentence is mostly made of chunks seen before.
 */
public final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    }

    /**
     * Apart from the others because the default features read no tags: the tagger's model (the
     * largest of the three) is read only by a run that tags, not at every start.
     */
    private static final class TagModel {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private final ChunkTokenizer tokenizer;
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(TagModel.POS));
    /** Chunks of text between spaces whose tokens are kept (by an analyzer that keeps anything). */
    private static final int CACHED_CHUNKS = 50_000;

    private final LruCache<SentenceAnalysis> cache;
    private final LruCache<List<Span>> lineCache;
    private final boolean tags;
    private volatile TextAnalyzer withoutTags;

    public TextAnalyzer() {
        this(20_000);
    }

    /**
     * @param cachedSentences how many sentence analyses to keep for reuse; 0 keeps nothing, not even
     *                        a chunk's tokens, for the reference path that scores with OpenNLP alone
     */
    public TextAnalyzer(int cachedSentences) {
        this(cachedSentences, true);
    }

    private TextAnalyzer(int cachedSentences, boolean tags) {
        this.tags = tags;
        this.tokenizer = new ChunkTokenizer(Models.TOKENS, cachedSentences == 0 ? 0 : Math.max(cachedSentences,
                CACHED_CHUNKS));
        this.cache = new LruCache<>(cachedSentences);
        this.lineCache = new LruCache<>(cachedSentences);
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }

    /** Below this many sentences a text is tagged on the calling thread; above, on every core. */
    private static final int PARALLEL_SENTENCES = 16;

    public List<Sentence> analyze(String text) {
        List<Span> spans = sentenceSpans(text);
        IntStream indices = IntStream.range(0, spans.size());
        if (spans.size() >= PARALLEL_SENTENCES) {
            indices = indices.parallel();
        }
        return indices.mapToObj(i -> {
            Span span = spans.get(i);
            String sentenceText = text.substring(span.getStart(), span.getEnd());
            return new Sentence(span.getStart(), span.getEnd(), analyzeSentence(sentenceText));
        }).toList();
    }

    /** Sentence boundaries: each non-blank line is split by the sentence model; spans are trimmed. */
    public List<Span> sentenceSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : lineCache.computeIfAbsent(line, this::sentencesOfLine)) {
                    spans.add(new Span(lineStart + span.getStart(), lineStart + span.getEnd()));
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return spans;
    }

    private List<Span> sentencesOfLine(String line) {
        List<Span> spans = new ArrayList<>();
        for (Span span : sentenceDetector.get().sentPosDetect(line)) {
            Span trimmed = span.trim(line);
            if (trimmed.length() > 0) {
                spans.add(trimmed);
            }
        }
        return List.copyOf(spans);
    }

    public SentenceAnalysis analyzeSentence(String sentence) {
        return cache.computeIfAbsent(sentence, this::analyzeUncached);
    }

    /** Whether this analyzer tags parts of speech. */
    public boolean tags() {
        return tags;
    }

    /**
     * An analyzer that splits and tokenizes as this one does but tags no parts of speech, with a
     * cache of the same size: for models whose features read words only. Tagging is most of the
     * cost of analysis, so such a model scores and trains several times faster.
     */
    public TextAnalyzer withoutTags() {
        if (!tags) {
            return this;
        }
        TextAnalyzer sibling = withoutTags;
        if (sibling == null) {
            synchronized (this) {
                if (withoutTags == null) {
                    withoutTags = new TextAnalyzer(cache.capacity(), false);
                }
                sibling = withoutTags;
            }
        }
        return sibling;
    }

    private SentenceAnalysis analyzeUncached(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
        }
        String[] tags = this.tags ? tagger.get().tag(tokens) : null;
        return new SentenceAnalysis(sentence, tokens, starts, ends, tags);
    }
}
