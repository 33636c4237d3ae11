package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceCorpusTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceCorpus corpus;

    @BeforeEach
    void seed() throws Exception {
        workspace = TestWorkspaces.seeded(dir);
        corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK);
    }

    private List<Example> userFile() {
        return CorpusFiles.read(workspace.userCorpus(), CorpusFormat.JSONL, "x").examples();
    }

    private Example find(String text) throws Exception {
        return corpus.read().copyOf(text).orElseThrow().lines().get(0);
    }

    @Test
    void labelingNewCopyAddsItToTheUserFileWithSourceAndTimestamp() throws Exception {
        Labeled labeled = corpus.label("  Reply YES and your crew starts Monday.  ", Label.SALES);

        assertEquals(Labeled.Outcome.ADDED, labeled.outcome());
        assertEquals("added as sales", labeled.message());
        List<Example> saved = userFile();
        assertEquals(1, saved.size());
        assertEquals("Reply YES and your crew starts Monday.", saved.get(0).text());
        assertEquals(Label.SALES, saved.get(0).label());
        assertEquals("user", saved.get(0).source());
        assertEquals(TestWorkspaces.NOW, saved.get(0).added());
        assertEquals(labeled.entry().example(), saved.get(0));
        assertEquals(13, corpus.read().training().size());
    }

    @Test
    void copyAlreadyInTheCorpusIsRelabeledWhereItIsOrLeftAlone() throws Exception {
        String shippedText = "Discover the future of travel with us.";
        Path starter = workspace.corpusDir().resolve("starter.jsonl");

        Labeled same = corpus.label("discover the future of travel, with us!", Label.MARKETING);
        assertEquals(Labeled.Outcome.ALREADY_LABELED, same.outcome());
        assertNull(same.edit());
        assertFalse(corpus.canUndo());

        Labeled other = corpus.label(shippedText, Label.SALES);
        assertEquals(Labeled.Outcome.RELABELED, other.outcome());
        assertEquals(starter, other.entry().file());
        Example relabeled = find(shippedText);
        assertEquals(Label.SALES, relabeled.label());
        assertEquals("user", relabeled.source());
        assertEquals(2, CorpusFiles.read(starter, CorpusFormat.JSONL, "x").examples()
                .indexOf(relabeled), "relabeled in place, not moved");
        assertFalse(Files.exists(workspace.userCorpus()));
    }

    @Test
    void everyLabelingActionCanBeUndoneAndRedone() throws Exception {
        corpus.label("Book your tasting for Saturday.", Label.SALES);
        corpus.label("Discover the future of travel with us.", Label.SALES);
        assertEquals("label “Discover the future of travel with us.” as sales",
                corpus.undoDescription().orElseThrow());

        corpus.undo();
        assertEquals(Label.MARKETING, find("Discover the future of travel with us.").label());
        assertEquals("test", find("Discover the future of travel with us.").source(), "the original comes back");
        corpus.undo();
        assertTrue(userFile().isEmpty());
        assertFalse(corpus.canUndo());
        assertTrue(corpus.undo().isEmpty());

        corpus.redo();
        assertEquals(1, userFile().size());
        corpus.redo();
        assertEquals(Label.SALES, find("Discover the future of travel with us.").label());
        assertFalse(corpus.canRedo());
    }

    @Test
    void aNewActionAfterUndoClearsRedo() throws Exception {
        corpus.label("Book your tasting for Saturday.", Label.SALES);
        corpus.undo();
        assertTrue(corpus.canRedo());
        corpus.label("Our story began in a garage.", Label.MARKETING);
        assertFalse(corpus.canRedo());
    }

    @Test
    void deleteIsUndoneBackIntoTheSamePlace() throws Exception {
        Path starter = workspace.corpusDir().resolve("starter.jsonl");
        List<Example> before = CorpusFiles.read(starter, CorpusFormat.JSONL, "x").examples();
        CorpusEntry third = corpus.read().entries().stream().filter(e -> e.file().equals(starter)).toList().get(3);

        corpus.delete(third);
        assertEquals(before.size() - 1, CorpusFiles.read(starter, CorpusFormat.JSONL, "x").examples().size());
        corpus.undo();
        assertEquals(before, CorpusFiles.read(starter, CorpusFormat.JSONL, "x").examples());
    }

    @Test
    void editAndRelabelKeepTheIdAndRefuseCopyThatIsAlreadyThere() throws Exception {
        CorpusEntry entry = corpus.label("Book your tasting for Saturday.", Label.SALES).entry();

        CorpusEntry edited = corpus.editText(entry, "Book your tasting for Sunday.");
        assertEquals(entry.example().id(), edited.example().id());
        assertEquals("Book your tasting for Sunday.", userFile().get(0).text());
        CorpusEntry relabeled = corpus.relabel(edited, Label.MARKETING).entry();
        assertEquals(Label.MARKETING, userFile().get(0).label());
        assertEquals(relabeled, corpus.relabel(relabeled, Label.MARKETING).entry(), "same label: nothing to do");

        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> corpus.editText(relabeled, "Discover the future of travel with us!"));
        assertTrue(duplicate.getMessage().contains("already in the corpus (starter.jsonl"), duplicate.getMessage());

        corpus.undo();
        corpus.undo();
        assertEquals(entry.example(), userFile().get(0));
    }

    @Test
    void unusableTextIsRefusedAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> corpus.label("   ", Label.SALES));
        assertThrows(IllegalArgumentException.class, () -> corpus.label("?!…", Label.SALES));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> corpus.label("buy now ".repeat(5_000), Label.SALES));
        assertTrue(tooLong.getMessage().contains("at most 20000"), tooLong.getMessage());
        assertFalse(Files.exists(workspace.userCorpus()));
    }

    @Test
    void aFileWithAnUnreadableLineIsNeverRewritten() throws Exception {
        String damaged = "{\"text\":\"Sign today.\",\"label\":\"sales\"}\n{\"text\": oops\n";
        Files.writeString(workspace.userCorpus(), damaged);

        CorpusException refused = assertThrows(CorpusException.class,
                () -> corpus.label("Book your tasting for Saturday.", Label.SALES));

        assertTrue(refused.getMessage().startsWith(workspace.userCorpus() + ":2: malformed JSON"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("fix or remove this line first"), refused.getMessage());
        assertEquals(damaged, Files.readString(workspace.userCorpus()));
        assertEquals(1, corpus.read().problems().size());
    }

    @Test
    void heldOutCopyStaysInTheTestSplit() throws Exception {
        String testText = "Can you confirm 12 units today so we ship them to you Monday?";
        Labeled labeled = corpus.label(testText, Label.MARKETING);

        assertEquals(Labeled.Outcome.RELABELED, labeled.outcome());
        assertTrue(labeled.entry().heldOut());
        assertEquals("relabeled as marketing (in the held-out test split)", labeled.message());
        assertFalse(corpus.read().training().stream().anyMatch(e -> e.text().equals(testText)));
        assertEquals(Label.MARKETING, corpus.read().test().get(3).label());
    }

    @Test
    void importKeepsGoodRowsReportsBadOnesAndNeverAddsTwice() throws Exception {
        Path csv = dir.resolve("team.csv");
        Files.writeString(csv, "text,label\n"
                + "Call me back today about your quote.,sales\n"
                + "Our heritage is craftsmanship.,maybe\n"
                + "Discover the future of travel with us.,marketing\n"
                + "Lock in the rate by Friday.,sales\n");
        Path doccat = dir.resolve("more.txt");
        Files.writeString(doccat, "marketing Our heritage is craftsmanship.\nsales\n");

        ImportResult first = corpus.importFiles(List.of(csv, doccat), null);

        assertEquals(List.of("Call me back today about your quote.", "Lock in the rate by Friday.",
                "Our heritage is craftsmanship."), first.added().stream().map(Example::text).toList());
        assertEquals(1, first.duplicates());
        assertEquals(List.of(csv + ":3: unknown label 'maybe' (expected 'marketing' or 'sales')",
                doccat + ":2: empty text after the label"), first.problems().stream().map(Object::toString).toList());
        assertTrue(userFile().stream().allMatch(e -> e.source().equals("import") && e.added() != null));

        ImportResult again = corpus.importFiles(List.of(csv), null);
        assertTrue(again.added().isEmpty());
        assertEquals(3, again.duplicates());
        assertEquals(3, userFile().size());

        assertEquals("import 3 examples", corpus.undoDescription().orElseThrow());
        corpus.undo();
        assertTrue(userFile().isEmpty());
    }

    /**
     * A file that repeats a text adds it once and says so; a text it labels differently is not
     * added, and its lines are named; a retrain of the workspace says the same of its own lines.
     */
    @Test
    void importAndRetrainSayWhichTextsWereRepeatedOrLabeledDifferently() throws Exception {
        Path jsonl = dir.resolve("export.jsonl");
        Files.writeString(jsonl, """
                {"text": "Book your fitting for Saturday.", "label": "sales"}
                {"text": "Tailoring since 1952.", "label": "marketing"}
                {"text": "book your fitting for saturday", "label": "sales"}
                {"text": "Our new autumn cloth is in.", "label": "marketing"}
                {"text": "Our new autumn cloth is in!", "label": "sales"}
                """);

        ImportResult imported = corpus.importFiles(List.of(jsonl), null);

        assertEquals(List.of("Book your fitting for Saturday.", "Tailoring since 1952."),
                imported.added().stream().map(Example::text).toList());
        assertTrue(imported.problems().isEmpty(), imported.problems().toString());
        assertEquals(List.of("1 line repeats the text and label of an earlier line and was used once: " + jsonl + ":3",
                "1 text is labeled differently on different lines, left out:",
                "  " + jsonl + ":4 (marketing), " + jsonl + ":5 (sales): the same text with different labels, "
                        + "left out: \u201cOur new autumn cloth is in.\u201d"), imported.notes());

        // The same copy twice in the workspace's own file (a hand edit, a merge): trained on once, and told.
        Path user = workspace.corpusDir().resolve("user.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(user));
        lines.add(lines.get(0));
        Files.write(user, lines);
        TrainingSet trainingSet = corpus.read().trainingSetOrThrow();
        assertEquals(1, trainingSet.training().stream().filter(e -> e.text().equals("Book your fitting for Saturday."))
                .count());
        assertEquals(List.of("1 line repeats the text and label of an earlier line and was used once: " + user + ":3"),
                trainingSet.notes());
    }

    @Test
    void revertTakesBackAnEarlierEditAndKeepsTheLaterOnes() throws Exception {
        Labeled first = corpus.label("Book your tasting for Saturday.", Label.SALES);
        corpus.label("Our story began in a garage.", Label.MARKETING);

        corpus.revert(first.edit());

        assertEquals(List.of("Our story began in a garage."), userFile().stream().map(Example::text).toList());
        assertEquals("undo label “Book your tasting for Saturday.” as sales", corpus.undoDescription().orElseThrow());
        corpus.undo();
        assertEquals(2, userFile().size());
    }

    @Test
    void aChangeMadeElsewhereMeanwhileIsNotOverwritten() throws Exception {
        Labeled mine = corpus.label("Book your tasting for Saturday.", Label.SALES);
        WorkspaceCorpus other = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK);
        other.label("Our story began in a garage.", Label.MARKETING);
        other.delete(mine.entry());

        assertThrows(CorpusException.class, () -> corpus.relabel(mine.entry(), Label.MARKETING));
        corpus.label("Lock in the rate by Friday.", Label.SALES);

        assertEquals(List.of("Our story began in a garage.", "Lock in the rate by Friday."),
                userFile().stream().map(Example::text).toList());
    }
}
