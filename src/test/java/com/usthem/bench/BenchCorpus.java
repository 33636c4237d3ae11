package com.usthem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.util.Span;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Benchmark inputs built from the shipped corpus's sentences, reproducibly (fixed seeds). */
final class BenchCorpus {

    private final List<String> sentences = new ArrayList<>();
    /** Sentences by label and by the distinction their example records, so a draft's axis fits its text. */
    private final Map<Label, Map<String, List<String>>> sentencesByAxis = new EnumMap<>(Label.class);

    BenchCorpus(Path trainingData) {
        TextAnalyzer splitter = new TextAnalyzer(0);
        List<Example> examples = new ArrayList<>(CorpusFiles.readTraining(trainingData).examples());
        examples.addAll(CorpusFiles.read(trainingData.resolve(CorpusFiles.TEST_FILE)).examples());
        for (Label label : Label.values()) {
            sentencesByAxis.put(label, new TreeMap<>());
        }
        for (Example example : examples) {
            for (Span span : splitter.sentenceSpans(example.text())) {
                String sentence = example.text().substring(span.getStart(), span.getEnd());
                sentences.add(sentence);
                sentencesByAxis.get(example.label()).computeIfAbsent(example.attribute("axis"),
                        axis -> new ArrayList<>()).add(sentence);
            }
        }
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
     * {@code size} labeled drafts as a team's export has them: each two to five different corpus
     * sentences of one label and one distinction (about 50 words), no two the same copy (ignoring
     * case and punctuation, as training compares them). With {@code recordAxis} each records the
     * distinction its sentences came from, as the shipped corpus does, so the model of the
     * distinctions is trained too; without, as a team's own labels usually are.
     */
    List<Example> distinctDrafts(int size, long seed, boolean recordAxis) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Example> drafts = new ArrayList<>(size);
        Instant added = Instant.parse("2026-11-28T00:00:00Z");
        while (drafts.size() < size) {
            Label label = drafts.size() % 2 == 0 ? Label.MARKETING : Label.SALES;
            List<String> axes = List.copyOf(sentencesByAxis.get(label).keySet());
            String axis = axes.get(random.nextInt(axes.size()));
            List<String> pool = sentencesByAxis.get(label).get(axis);
            int parts = 2 + random.nextInt(4);
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < parts) {
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            String text = String.join(" ", chosen);
            if (seen.add(ExampleIds.normalize(text))) {
                Map<String, JsonNode> extras = recordAxis ? Map.of("axis", TextNode.valueOf(axis)) : Map.of();
                drafts.add(new Example(ExampleIds.forText(text), text, label, "bench", added, extras));
            }
        }
        return drafts;
    }
}
