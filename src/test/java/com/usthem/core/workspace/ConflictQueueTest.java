package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictQueueTest {

    @TempDir
    Path dir;

    @Test
    void disputedCopiesAreSettledSkippedAndTakenBackInTurn() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        AtomicReference<Author> author = new AtomicReference<>();
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK, author::get);
        for (String text : List.of("Sign by Friday and we ship Monday.", "Our valley, our farms, your table.",
                "Agreed copy about your order.")) {
            author.set(new Author("ana"));
            corpus.label(text, Label.SALES);
            author.set(new Author("ben"));
            corpus.label(text, text.startsWith("Agreed") ? Label.SALES : Label.MARKETING);
        }
        author.set(new Author("carol"));

        ConflictQueue queue = ConflictQueue.build(corpus, TestModels.shipped(), ProgressListener.NONE,
                Cancellation.NEVER);

        assertEquals(List.of("Sign by Friday and we ship Monday.", "Our valley, our farms, your table."),
                queue.items().stream().map(item -> item.copy().text()).toList());
        ConflictQueue.Item first = queue.current().orElseThrow();
        assertEquals(List.of("ana", "ben"), List.copyOf(first.copy().byPerson().keySet()));
        assertTrue(first.score().sales() > 0.5, "the model's verdict comes with the item");

        assertEquals(Labeled.Outcome.SETTLED, queue.settle(Label.SALES).outcome());
        queue.skip();
        assertTrue(queue.current().isEmpty());
        assertEquals(List.of(queue.items().get(1)), queue.open(), "the skipped copy is still open");
        assertEquals(List.of(queue.items().get(1)), queue.skipped());
        assertEquals(new LabelingQueue.Progress(2, 1, 1), queue.progress());
        assertThrows(IllegalStateException.class, queue::skip);
        assertEquals(LabeledCopy.State.SETTLED, state(corpus, "Sign by Friday and we ship Monday."));

        assertTrue(queue.undo());
        assertEquals(List.of(), queue.skipped());
        assertTrue(queue.undo());
        assertEquals(queue.items(), queue.open());
        assertEquals(LabeledCopy.State.DISPUTED, state(corpus, "Sign by Friday and we ship Monday."),
                "back one takes back the settlement");
        assertFalse(queue.undo());
    }

    private static LabeledCopy.State state(WorkspaceCorpus corpus, String text) throws Exception {
        return corpus.read().copyOf(text).orElseThrow().state();
    }
}
