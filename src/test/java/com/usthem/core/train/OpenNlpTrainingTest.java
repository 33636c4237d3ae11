package com.usthem.core.train;

import com.usthem.core.TestModels;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.model.ModelFiles;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.monitoring.LogLikelihoodThresholdBreached;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * UsThem trains without OpenNLP's event stream, indexer and GIS trainer, and must train exactly
 * what they would: the shipped model, the README's accuracy table and every score depend on the
 * weights staying the same.
 */
class OpenNlpTrainingTest {

    private static final List<Example> CORPUS = CorpusFiles.readTraining(Path.of("training-data")).examples();
    private static final TrainerSettings SETTINGS = TrainerSettings.DEFAULT;

    private static ExampleFeatures features(List<Example> examples) throws Exception {
        return new Trainer(TestModels.ANALYZER).features(examples, SETTINGS, CompanyVocabulary.EMPTY,
                ProgressListener.NONE, Cancellation.NEVER);
    }

    private static String[] labels(List<Example> examples) {
        return examples.stream().map(e -> e.label().id()).toArray(String[]::new);
    }

    private static int[] all(List<Example> examples) {
        return IntStream.range(0, examples.size()).toArray();
    }

    /** OpenNLP's own indexing of the same events, as its trainer does it for GIS. */
    private static DataIndexer openNlpIndex(ExampleFeatures features, int[] subset, String[] outcomes)
            throws Exception {
        TrainingParameters parameters = SETTINGS.toParameters();
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        parameters.put("sort", true);
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters, new HashMap<>());
        indexer.index(features.events(subset, outcomes));
        return indexer;
    }

    @Test
    void indexesTheCorpusAsOpenNlpDoes() throws Exception {
        ExampleFeatures features = features(CORPUS);
        DataIndexer ours = new IndexedEvents(features, all(CORPUS), labels(CORPUS), SETTINGS.cutoff());
        DataIndexer theirs = openNlpIndex(features, all(CORPUS), labels(CORPUS));
        assertArrayEquals(theirs.getPredLabels(), ours.getPredLabels());
        assertArrayEquals(theirs.getPredCounts(), ours.getPredCounts());
        assertArrayEquals(theirs.getOutcomeLabels(), ours.getOutcomeLabels());
        assertArrayEquals(theirs.getOutcomeList(), ours.getOutcomeList());
        assertArrayEquals(theirs.getNumTimesEventsSeen(), ours.getNumTimesEventsSeen());
        assertEquals(theirs.getContexts().length, ours.getContexts().length);
        for (int i = 0; i < ours.getContexts().length; i++) {
            assertArrayEquals(theirs.getContexts()[i], ours.getContexts()[i], "event " + i);
        }
    }

    @Test
    void fitsOpenNlpsWeightsBitForBitForTwoAndForSixOutcomes() throws Exception {
        List<Example> some = CORPUS.subList(0, 1_200);
        ExampleFeatures features = features(some);
        String[] axes = some.stream().map(e -> e.attribute("axis")).toArray(String[]::new);
        for (String[] outcomes : List.of(labels(some), axes)) {
            DataIndexer indexed = new IndexedEvents(features, all(some), outcomes, SETTINGS.cutoff());
            TrainingParameters parameters = SETTINGS.toParameters();
            GISTrainer reference = new GISTrainer();
            reference.init(parameters, new HashMap<>(), new TrainingConfiguration(new IterationMonitor(
                    ProgressListener.NONE, 60), new LogLikelihoodThresholdBreached(parameters)));
            MaxentModel theirs = reference.trainModel(60, indexed, 2);
            MaxentModel ours = GisFitter.fit(indexed, 60, 2, new IterationMonitor(ProgressListener.NONE, 60),
                    new LogLikelihoodThresholdBreached(parameters));
            assertSameWeights(theirs, ours);
        }
    }

    @Test
    void retrainingTheShippedCorpusGivesTheShippedModel() throws Exception {
        DoccatModel shipped = ModelFiles.load(Path.of("models", "usthem.bin")).model();
        DoccatModel retrained = new Trainer(TestModels.ANALYZER).train(CORPUS, SETTINGS, CompanyVocabulary.EMPTY,
                ProgressListener.NONE, Cancellation.NEVER);
        assertSameWeights(shipped.getMaxentModel(), retrained.getMaxentModel());
        assertSameWeights((MaxentModel) shipped.getArtifact("usthem-axes.model"),
                (MaxentModel) retrained.getArtifact("usthem-axes.model"));
        for (String entry : List.of(EventHash.MANIFEST_ENTRY, "TrainerType", "usthem-pos-tags")) {
            assertEquals(shipped.getManifestProperty(entry), retrained.getManifestProperty(entry), entry);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSameWeights(MaxentModel expected, MaxentModel actual) {
        Object[] theirs = ((AbstractModel) expected).getDataStructures();
        Object[] ours = ((AbstractModel) actual).getDataStructures();
        assertArrayEquals((String[]) theirs[2], (String[]) ours[2], "outcomes");
        Map<String, Context> theirWeights = (Map<String, Context>) theirs[1];
        Map<String, Context> ourWeights = (Map<String, Context>) ours[1];
        assertEquals(theirWeights.keySet(), ourWeights.keySet(), "features");
        theirWeights.forEach((feature, context) -> {
            Context our = ourWeights.get(feature);
            assertArrayEquals(context.getOutcomes(), our.getOutcomes(), feature);
            // Bit for bit: equal doubles compare equal, and so do the same NaNs.
            assertEquals(Arrays.toString(context.getParameters()), Arrays.toString(our.getParameters()), feature);
            assertArrayEquals(context.getParameters(), our.getParameters(), 0.0, feature);
        });
    }
}
