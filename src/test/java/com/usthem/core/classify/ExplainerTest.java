package com.usthem.core.classify;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.train.TrainerSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainerTest {

    private final Classifier classifier = TestModels.shipped();
    private final Explainer explainer = new Explainer(classifier.model());

    @Test
    void contributionsAddUpToTheModelsLogOdds() {
        TextScore score = classifier.score("If you sign today, your crew starts Tuesday. We love our customers.");
        double sum = explainer.contributions(score.features()).stream().mapToDouble(FeatureContribution::weight).sum();
        assertEquals(Math.log(score.sales() / score.marketing()), sum, 1e-9);
    }

    /**
     * A scored text's verdict is explained from its features' numbers (each keystroke of a long
     * draft explains it again); that must give what explaining its features by name gives, on every
     * example of the test split and on a draft as long as a report.
     */
    @Test
    void explainingByNumberGivesWhatExplainingByNameGives() throws Exception {
        Classifier shipped = TestModels.shipped();
        List<String> texts = new java.util.ArrayList<>(com.usthem.core.corpus.CorpusFiles.read(java.nio.file.Path.of(
                "training-data", "test.jsonl")).examples().stream().map(com.usthem.core.corpus.Example::text).toList());
        texts.add(String.join("\n\n", texts.subList(0, 300)));
        for (String text : texts) {
            TextScore score = shipped.score(text);
            List<String> byName = new java.util.ArrayList<>(score.features());
            assertEquals(shipped.explainer().contributions(byName), shipped.explainer().contributions(score.features()),
                    text);
            assertEquals(shipped.axes().relevance(byName), shipped.axes().relevance(score.features()), text);
        }
    }

    @Test
    void explainsInPlainWordsWithCountsAndSides() {
        TextScore score = classifier.score("You and your team get your keys Tuesday. Sign today.");
        List<FeatureContribution> toSales = explainer.contributions(score.features()).stream()
                .filter(c -> c.side() == Label.SALES).limit(5).toList();
        assertFalse(toSales.isEmpty());
        assertTrue(toSales.stream().allMatch(c -> c.weight() > 0 && c.plainWords().endsWith("\u2192 sales")));
        FeatureContribution you = explainer.contributions(score.features()).stream()
                .filter(c -> c.feature().equals("w=your")).findFirst().orElseThrow();
        assertEquals(2, you.count());
        assertTrue(you.plainWords().startsWith("'your' \u00d72"), you.plainWords());
    }

    @Test
    void explainsASingleSentence() {
        TextScore score = classifier.score("We are the award-winning leader. Sign by Friday.");
        SentenceScore first = score.sentences().get(0);
        double sum = explainer.contributions(first.features()).stream().mapToDouble(FeatureContribution::weight).sum();
        assertEquals(Math.log(first.sales() / first.marketing()), sum, 1e-9);
    }

    @Test
    void naiveBayesModelsSayTheyCannotExplain() {
        var model = TestModels.trainTiny(new TrainerSettings("naivebayes", 0, 1, "full"));
        assertFalse(new Explainer(model).canExplain());
        assertTrue(new Explainer(classifier.model()).canExplain());
        assertTrue(new Explainer(model).contributions(
                new Classifier(model, CompanyVocabulary.EMPTY, TestModels.ANALYZER).score("Sign today.").features())
                .isEmpty());
    }
}
