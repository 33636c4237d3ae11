package com.usthem.bench;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.TextAnalyzer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Benchmark inputs built from the shipped corpus's sentences, reproducibly (fixed seeds). */
final class BenchCorpus {

    private final List<String> sentences = new ArrayList<>();
    private final Map<Label, List<String>> sentencesByLabel = new EnumMap<>(Label.class);

    BenchCorpus(Path trainingData) {
        TextAnalyzer splitter = new TextAnalyzer(0);
        List<Example> examples = new ArrayList<>(CorpusFiles.readTraining(trainingData).examples());
        examples.addAll(CorpusFiles.read(trainingData.resolve(CorpusFiles.TEST_FILE)).examples());
        for (Label label : Label.values()) {
            sentencesByLabel.put(label, new ArrayList<>());
        }
        for (Example example : examples) {
            for (Sentence sentence : splitter.analyze(example.text())) {
                sentences.add(sentence.text());
                sentencesByLabel.get(example.label()).add(sentence.text());
            }
        }
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** A draft of about {@code words} words: corpus sentences in random order, five to a paragraph. */
    String draft(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder draft = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        while (count < words) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            draft.append(sentence);
            count += sentence.split("\\s+").length;
            if (++inParagraph == 5) {
                draft.append("\n\n");
                inParagraph = 0;
            } else {
                draft.append(' ');
            }
        }
        return draft.toString().strip();
    }

    /**
     * {@code size} labeled examples, each one to four sentences drawn from corpus examples of the
     * same label, so the label still fits the text.
     */
    List<Example> recombined(int size, long seed) {
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>(size);
        Instant added = Instant.parse("2026-11-28T00:00:00Z");
        for (int i = 0; i < size; i++) {
            Label label = i % 2 == 0 ? Label.MARKETING : Label.SALES;
            List<String> pool = sentencesByLabel.get(label);
            int parts = 1 + random.nextInt(4);
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                text.append(p == 0 ? "" : " ").append(pool.get(random.nextInt(pool.size())));
            }
            examples.add(new Example("r" + i, text.toString(), label, "bench", added, Map.of()));
        }
        return examples;
    }
}
