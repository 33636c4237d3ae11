package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelingQueueTest {

    private static final List<String> BATCH = List.of(
            "Sign the attached order form by Friday and your crew starts Monday.",
            "Imagine a world where every family has a home they love.",
            "Our team will be at the expo next week.",
            "Thanks for the call today.",
            "Discover the future of travel with us.",
            "Reply with your PO number and we ship the 40 units tomorrow.",
            "We believe in you.");

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceCorpus corpus;
    private final Classifier classifier = TestModels.shipped();

    @BeforeEach
    void seed() throws Exception {
        workspace = TestWorkspaces.seeded(dir);
        corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK);
    }

    private LabelingQueue queue() throws Exception {
        return LabelingQueue.build(BATCH, classifier, corpus, ProgressListener.NONE, Cancellation.NEVER);
    }

    private List<Example> userFile() {
        return CorpusFiles.read(workspace.userCorpus(), CorpusFormat.JSONL, "x").examples();
    }

    @Test
    void theCopyTheModelIsLeastSureAboutComesFirst() throws Exception {
        LabelingQueue queue = queue();

        // "Discover the future of travel with us." is already in the corpus.
        assertEquals(1, queue.leftOut());
        List<String> expected = BATCH.stream().filter(t -> !t.startsWith("Discover"))
                .sorted(Comparator.comparingDouble(t -> Math.abs(classifier.score(t).sales() - 0.5)))
                .toList();
        assertEquals(expected, queue.items().stream().map(LabelingQueue.Item::text).toList());
        double first = queue.items().get(0).margin();
        double last = queue.items().get(queue.items().size() - 1).margin();
        assertTrue(first < last, first + " vs " + last);
    }

    @Test
    void marketingSalesSkipAndUndoMoveThroughTheQueueAndSaveAtOnce() throws Exception {
        LabelingQueue queue = queue();
        List<LabelingQueue.Item> items = queue.items();
        assertEquals(new LabelingQueue.Progress(6, 0, 0), queue.progress());

        queue.label(Label.SALES);
        assertEquals(List.of(items.get(0).text()), userFile().stream().map(Example::text).toList());
        queue.skip();
        queue.label(Label.MARKETING);
        assertEquals(items.get(3), queue.current().orElseThrow());
        assertEquals(new LabelingQueue.Progress(6, 2, 1), queue.progress());
        assertEquals(0.5, queue.progress().fraction());

        assertTrue(queue.undo());
        assertEquals(items.get(2), queue.current().orElseThrow());
        assertEquals(1, userFile().size(), "undo takes the label back out of the corpus");
        assertTrue(queue.undo());
        assertEquals(items.get(1), queue.current().orElseThrow());
        assertTrue(queue.undo());
        assertTrue(userFile().isEmpty());
        assertFalse(queue.undo());

        for (int i = 0; i < items.size(); i++) {
            queue.label(i % 2 == 0 ? Label.SALES : Label.MARKETING);
        }
        assertTrue(queue.current().isEmpty());
        assertEquals(6, userFile().size());
        assertThrows(IllegalStateException.class, queue::skip);
    }

    @Test
    void undoInTheQueueKeepsLabelsMadeElsewhereMeanwhile() throws Exception {
        LabelingQueue queue = queue();
        queue.label(Label.SALES);
        corpus.label("Our story began in a garage.", Label.MARKETING);

        queue.undo();

        assertEquals(List.of("Our story began in a garage."), userFile().stream().map(Example::text).toList());
    }

    @Test
    void buildingReportsProgressAndCanBeCancelled() throws Exception {
        List<Double> fractions = new ArrayList<>();
        LabelingQueue.build(BATCH, classifier, corpus, (message, fraction) -> fractions.add(fraction),
                Cancellation.NEVER);
        assertEquals(1.0, fractions.get(fractions.size() - 1));

        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        assertThrows(CancelledException.class,
                () -> LabelingQueue.build(BATCH, classifier, corpus, ProgressListener.NONE, cancellation));
    }
}
