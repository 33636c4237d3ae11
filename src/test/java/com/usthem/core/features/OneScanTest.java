package com.usthem.core.features;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.text.Sentence;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier reads a sentence's features and its cues in one scan per family: the same as two. */
class OneScanTest {

    @Test
    void oneScanGivesTheFeaturesAndTheCuesOfTwoOnEveryCorpusSentence() {
        FeatureGenerator[] generators = FeatureSet.FULL.create();
        assertTrue(Cues.foundBy(generators));
        assertFalse(Cues.foundBy(FeatureSet.WORDS_AND_CUES.create()), "a set without every family finds fewer cues");
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of("Brightline"));
        TextAnalyzer analyzer = new TextAnalyzer();
        List<Example> examples = new ArrayList<>(CorpusFiles.readTraining(Path.of("training-data")).examples());
        examples.addAll(CorpusFiles.read(Path.of("evaluation", "outside-dev.jsonl")).examples());
        for (Example example : examples) {
            for (Sentence sentence : analyzer.withoutTags().analyze(example.text())) {
                List<Cue> cues = new ArrayList<>();
                for (FeatureGenerator generator : generators) {
                    if (generator instanceof CueFamily family) {
                        List<String> once = new ArrayList<>();
                        family.extractWithCues(sentence.analysis(), vocabulary, once, cues);
                        List<String> apart = new ArrayList<>();
                        family.extract(sentence.analysis(), vocabulary, apart);
                        assertEquals(apart, once, sentence.text());
                    }
                }
                Cues.inTextOrder(cues);
                assertEquals(Cues.find(sentence.analysis(), vocabulary), cues, sentence.text());
            }
        }
    }
}
