package com.usthem.core.classify;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.features.Cue;
import com.usthem.core.features.CueKind;
import com.usthem.core.train.TrainerSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifierTest {

    private final Classifier classifier = TestModels.shipped();

    @Test
    void clearSalesCopyScoresAsSales() {
        TextScore score = classifier.score("If you sign today, your crew starts Tuesday.");
        assertEquals(Label.SALES, score.label());
        assertTrue(score.sales() > 0.5);
        assertEquals(1.0, score.marketing() + score.sales(), 1e-9);
    }

    @Test
    void aVeryLongTextStillGetsAVerdict() {
        // 3,000 sentences sum enough evidence to overflow OpenNLP's exponent.
        String longText = "If you sign today, your crew starts Tuesday. ".repeat(3000);
        TextScore score = classifier.score(longText);
        double[] plain = classifier.model().getMaxentModel().eval(score.features().toArray(String[]::new));
        assertTrue(Double.isNaN(plain[0]) || Double.isNaN(plain[1]), "OpenNLP's own evaluation overflows here");
        assertEquals(Label.SALES, score.label());
        assertEquals(1.0, score.marketing() + score.sales(), 1e-9);
        assertTrue(Double.isFinite(score.sales()) && score.sales() > 0.99, String.valueOf(score.sales()));
    }

    @Test
    void clearMarketingCopyScoresAsMarketing() {
        TextScore score = classifier.score("We are proud to be the award-winning leader our industry trusts.");
        assertEquals(Label.MARKETING, score.label());
    }

    @Test
    void sentencesCarryOffsetsIntoTheText() {
        String text = "We build the future of energy.\nSign page four by Friday and we start Monday.";
        TextScore score = classifier.score(text);
        assertEquals(2, score.sentences().size());
        for (SentenceScore sentence : score.sentences()) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
            assertEquals(1.0, sentence.marketing() + sentence.sales(), 1e-9);
        }
        assertTrue(score.sentences().get(1).sales() > score.sentences().get(0).sales(),
                "the closing sentence must read as more sales than the broadcast one");
    }

    @Test
    void cuesPointAtTheirWords() {
        String text = "Your quote for 40 seats is attached; sign by Friday.";
        TextScore score = classifier.score(text);
        List<String> you = cueTexts(score, text, CueKind.YOU);
        assertEquals(List.of("Your"), you);
        assertTrue(cueTexts(score, text, CueKind.NUMBER).contains("40"));
        assertTrue(cueTexts(score, text, CueKind.DEADLINE).contains("by Friday"));
        assertTrue(cueTexts(score, text, CueKind.ACTION).contains("sign"));
    }

    private static List<String> cueTexts(TextScore score, String text, CueKind kind) {
        List<String> texts = new ArrayList<>();
        for (Cue cue : score.cues()) {
            if (cue.kind() == kind) {
                texts.add(text.substring(cue.start(), cue.end()));
            }
        }
        return texts;
    }

    @Test
    void textWithoutAWordGivesTheEmptyScore() {
        assertTrue(classifier.score("   \n ").isEmpty());
        assertTrue(classifier.score("\u00a0").isEmpty(), "a no-break space is no word either");
        assertFalse(classifier.score("Sign today.").isEmpty());
    }

    @Test
    void cachedScoresEqualOpenNlpsOwnCategorizerOnTheCorpus() {
        List<Example> examples = new ArrayList<>(CorpusFiles.readTraining(Path.of("training-data")).examples());
        examples.addAll(CorpusFiles.read(Path.of("training-data", CorpusFiles.TEST_FILE)).examples());
        assertTrue(examples.size() >= 1500);
        for (Example example : examples) {
            TextScore cached = classifier.score(example.text());
            double[] reference = classifier.referenceProbabilities(example.text());
            assertEquals(reference[0], cached.marketing(), 0.0, example.id());
            assertEquals(reference[1], cached.sales(), 0.0, example.id());
        }
    }

    @Test
    void nonMaxentModelsAreScoredThroughOpenNlpAndStillMatchTheReference() {
        Classifier perceptron = new Classifier(TestModels.trainTiny(new TrainerSettings("perceptron", 0, 50, "full")),
                CompanyVocabulary.EMPTY, TestModels.ANALYZER);
        for (String text : List.of("Sign by Friday. We love our customers.", "Imagine the future with us.")) {
            double[] reference = perceptron.referenceProbabilities(text);
            assertEquals(reference[1], perceptron.score(text).sales(), 0.0);
        }
    }

    @Test
    void theWholeTextsShapeIsScoredAsOpenNlpScoresIt() {
        Classifier full = new Classifier(TestModels.trainTiny(new TrainerSettings("maxent", 0, 30, "full")),
                CompanyVocabulary.EMPTY, TestModels.ANALYZER);
        String letter = "Hi Sam,\nWe are proud of our award-winning team. Sign by Friday and your crew starts Monday."
                + "\n\nBest,\nDana Ruiz";
        List<String> drafts = List.of(letter, letter.replace("Friday", "Thursday"),
                "Sign by Friday and your crew starts Monday.\nWe are proud of our award-winning team.",
                "Introducing our boldest collection yet.");
        for (String draft : drafts) {
            TextScore cached = full.score(draft);
            assertTrue(cached.features().stream().anyMatch(f -> f.startsWith("doc=")), draft);
            assertEquals(full.referenceProbabilities(draft)[1], cached.sales(), 0.0, draft);
        }
    }

    @Test
    void aDraftWhoseSentencesSplitSaysSo() {
        TextScore score = classifier.score("We are proud to be the award-winning leader our industry trusts. "
                + "Sign the attached order by Friday and your crew starts Monday.");
        assertEquals("Mixed: opens as marketing, closes as sales", score.mixed().orElseThrow().summary());
        assertTrue(classifier.score("Sign the attached order by Friday and your crew starts Monday.").mixed()
                .isEmpty());
    }

    @Test
    void rescoringAfterAnEditEqualsAFreshScore() {
        String draft = "We build the future of energy. Sign by Friday. Your crew starts Monday.";
        classifier.score(draft);
        String edited = draft.replace("Friday", "Thursday");
        TextScore incremental = classifier.score(edited);
        double[] fresh = classifier.referenceProbabilities(edited);
        assertEquals(fresh[1], incremental.sales(), 0.0);
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        List<String> texts = List.of("If you sign today, your crew starts Tuesday.",
                "Imagine a world where every home runs on sunlight.",
                "Can you confirm 12 units at $40 each before noon?",
                "Our award-winning team has served families since 1998.");
        List<Double> expected = texts.stream().map(t -> classifier.score(t).sales()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> classifier.score(texts.get(k)).sales() == expected.get(k)));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
