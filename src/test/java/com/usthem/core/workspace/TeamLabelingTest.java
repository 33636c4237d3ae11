package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several people labeling one workspace: whose each label is, disputes, settling, and what training uses. */
class TeamLabelingTest {

    private static final String SHIPPED = "Discover the future of travel with us.";
    private static final String NEW_COPY = "Reply YES and your crew starts Monday.";

    @TempDir
    Path dir;

    private Workspace workspace;
    private final AtomicReference<Author> author = new AtomicReference<>(new Author("ana"));
    private final AtomicReference<Instant> now = new AtomicReference<>(TestWorkspaces.NOW);
    private WorkspaceCorpus corpus;

    @BeforeEach
    void seed() throws Exception {
        workspace = TestWorkspaces.seeded(dir);
        Clock ticking = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.getAndUpdate(t -> t.plusSeconds(60));
            }
        };
        corpus = new WorkspaceCorpus(workspace, ticking, author::get);
    }

    private List<Example> fileOf(String name) {
        return CorpusFiles.read(workspace.userCorpus(new Author(name)), CorpusFormat.JSONL, "x").examples();
    }

    private LabeledCopy copy(String text) throws Exception {
        return corpus.read().copyOf(text).orElseThrow();
    }

    private Labeled labelAs(String name, String text, Label label) throws Exception {
        author.set(Author.of(name));
        return corpus.label(text, label);
    }

    @Test
    void aNamedLabelGoesToTheAuthorsOwnFileWithNameAndTime() throws Exception {
        Labeled labeled = labelAs("ana", NEW_COPY, Label.SALES);

        assertEquals(Labeled.Outcome.ADDED, labeled.outcome());
        assertEquals(workspace.corpusDir().resolve("user-ana.jsonl"), labeled.entry().file());
        Example saved = fileOf("ana").get(0);
        assertEquals("ana", saved.author());
        assertEquals(TestWorkspaces.NOW, saved.added());
        assertEquals(labeled.entry().example(), saved);
        assertFalse(Files.exists(workspace.userCorpus()));
        assertTrue(Files.readString(labeled.entry().file()).contains("\"author\":\"ana\""));
    }

    @Test
    void aSecondPersonsDifferentLabelIsKeptBesideTheFirstAndTheCopyIsLeftOutOfTraining() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);
        int trainedBefore = corpus.read().trainingSet().training().size();

        Labeled ben = labelAs("ben", NEW_COPY, Label.MARKETING);

        assertEquals(Labeled.Outcome.DISPUTED, ben.outcome());
        assertEquals("labeled marketing, but ana said sales: disputed until the team settles it", ben.message());
        assertEquals(Label.SALES, fileOf("ana").get(0).label(), "ana's label is untouched");
        assertEquals(Label.MARKETING, fileOf("ben").get(0).label());
        LabeledCopy disputed = copy(NEW_COPY);
        assertEquals(LabeledCopy.State.DISPUTED, disputed.state());
        assertEquals(List.of("ana", "ben"), List.copyOf(disputed.byPerson().keySet()));
        TrainingSet training = corpus.read().trainingSet();
        assertEquals(trainedBefore - 1, training.training().size());
        assertEquals(List.of(NEW_COPY), training.disputed().stream().map(LabeledCopy::text).toList());
    }

    @Test
    void agreeingPeopleAreRecordedAndTheCopyIsTrainedOnOnce() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);
        int trainedBefore = corpus.read().trainingSet().training().size();

        Labeled ben = labelAs("ben", "reply yes, and your crew starts monday", Label.SALES);

        assertEquals(Labeled.Outcome.AGREED, ben.outcome());
        assertEquals("labeled sales, as ana did", ben.message());
        assertEquals(2, copy(NEW_COPY).lines().size());
        assertEquals(trainedBefore, corpus.read().trainingSet().training().size());
        assertEquals(Labeled.Outcome.ALREADY_LABELED, labelAs("ben", NEW_COPY, Label.SALES).outcome());
    }

    @Test
    void aPersonChangingTheirMindChangesTheirOwnLineInPlace() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);
        labelAs("ben", NEW_COPY, Label.MARKETING);

        Labeled changed = labelAs("ana", NEW_COPY, Label.MARKETING);

        assertEquals(Labeled.Outcome.AGREED, changed.outcome());
        assertEquals(1, fileOf("ana").size());
        assertEquals(Label.MARKETING, fileOf("ana").get(0).label());
        assertEquals(LabeledCopy.State.LABELED, copy(NEW_COPY).state());
        assertEquals(Label.MARKETING, copy(NEW_COPY).label().orElseThrow());
    }

    @Test
    void aNamedRelabelOfShippedCopyLeavesTheShippedFileAloneAndCounts() throws Exception {
        Path starter = workspace.corpusDir().resolve("starter.jsonl");
        byte[] shipped = Files.readAllBytes(starter);

        Labeled labeled = labelAs("ana", SHIPPED, Label.SALES);

        assertEquals(Labeled.Outcome.RELABELED, labeled.outcome());
        assertEquals(List.of(SHIPPED), fileOf("ana").stream().map(Example::text).toList());
        assertTrue(java.util.Arrays.equals(shipped, Files.readAllBytes(starter)));
        assertEquals(LabeledCopy.State.LABELED, copy(SHIPPED).state(), "a name counts over no name");
        Example trained = corpus.read().trainingSet().training().stream()
                .filter(e -> e.text().equals(SHIPPED)).findFirst().orElseThrow();
        assertEquals(Label.SALES, trained.label());
        Labeled ben = labelAs("ben", SHIPPED, Label.MARKETING);
        assertEquals(Labeled.Outcome.DISPUTED, ben.outcome(), "ben disagrees with ana, not with the shipped line");
        assertEquals(List.of("ana", "ben"), List.copyOf(copy(SHIPPED).byPerson().keySet()));
    }

    @Test
    void labelingWithoutANameCannotOverrideSomeoneNamed() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> labelAs(null, NEW_COPY, Label.MARKETING));

        assertTrue(refused.getMessage().contains("is labeled by ana; a label with a name counts over one without"),
                refused.getMessage());
        assertFalse(Files.exists(workspace.userCorpus()));
        assertEquals(Labeled.Outcome.ALREADY_LABELED, labelAs(null, NEW_COPY, Label.SALES).outcome());
    }

    @Test
    void settlingIsAnUndoableLineOfTheSettlersAndStandsUntilSomeoneDisagreesAfterIt() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);
        labelAs("ben", NEW_COPY, Label.MARKETING);
        author.set(new Author("carol"));

        Labeled settled = corpus.settle(NEW_COPY, Label.SALES);

        assertEquals(Labeled.Outcome.SETTLED, settled.outcome());
        assertEquals("settle “Reply YES and your crew starts Monday.” as sales", corpus.undoDescription().orElseThrow());
        Example line = fileOf("carol").get(0);
        assertTrue(line.settles());
        assertEquals("carol", line.author());
        assertEquals(LabeledCopy.State.SETTLED, copy(NEW_COPY).state());
        assertTrue(copy(NEW_COPY).contested(), "the disagreement is still there for the agreement figures");
        assertEquals(Label.SALES, corpus.read().trainingSet().training().stream()
                .filter(e -> e.text().equals(NEW_COPY)).findFirst().orElseThrow().label());
        assertEquals(1, copy(NEW_COPY).byPerson().values().stream().filter(e -> e.label() == Label.SALES).count(),
                "a settlement is not a person's label");

        corpus.undo();
        assertEquals(LabeledCopy.State.DISPUTED, copy(NEW_COPY).state());
        corpus.redo();
        assertEquals(LabeledCopy.State.SETTLED, copy(NEW_COPY).state());

        assertEquals(Labeled.Outcome.AGREED, labelAs("dev", NEW_COPY, Label.SALES).outcome());
        assertEquals(LabeledCopy.State.SETTLED, copy(NEW_COPY).state());
        assertEquals(Labeled.Outcome.DISPUTED, labelAs("erin", NEW_COPY, Label.MARKETING).outcome());
        assertEquals(LabeledCopy.State.DISPUTED, copy(NEW_COPY).state(), "a later different label reopens it");
    }

    @Test
    void onlyADisputedCopyCanBeSettled() throws Exception {
        labelAs("ana", NEW_COPY, Label.SALES);

        IllegalArgumentException notDisputed = assertThrows(IllegalArgumentException.class,
                () -> corpus.settle(NEW_COPY, Label.MARKETING));
        assertEquals("“Reply YES and your crew starts Monday.” is not disputed (it is labeled sales): nothing to settle",
                notDisputed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> corpus.settle("Never labeled copy.", Label.SALES));
        assertFalse(Files.exists(workspace.userCorpus(new Author("ana")).resolveSibling("user-carol.jsonl")));
    }

    @Test
    void importedRowsGetTheImportersNameUnlessTheyCarryTheirOwn() throws Exception {
        Example fromBen = Example.of("Lock in the rate by Friday.", Label.SALES, "import", null).withAuthor("ben");
        Example unnamed = Example.of("Our heritage is craftsmanship.", Label.MARKETING, "import", null);

        corpus.importExamples(new CorpusReadResult(List.of(fromBen, unnamed), List.of()));

        assertEquals(List.of("ben", "ana"), fileOf("ana").stream().map(Example::author).toList());
        assertTrue(fileOf("ana").stream().allMatch(e -> e.added() != null));
    }

    @Test
    void anUndoRefusesToTakeBackALineSomeoneElseChangedMeanwhile() throws Exception {
        corpus.label(NEW_COPY, Label.SALES);
        WorkspaceCorpus otherWindow = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK, () -> new Author("ana"));
        CorpusEntry line = otherWindow.read().entries().stream()
                .filter(e -> e.example().text().equals(NEW_COPY)).findFirst().orElseThrow();
        otherWindow.editText(line, "Reply YES and your crew starts Tuesday.");

        CorpusException refused = assertThrows(CorpusException.class, corpus::undo);

        assertTrue(refused.getMessage().contains("has changed (it was changed elsewhere); nothing was changed"),
                refused.getMessage());
        assertEquals("Reply YES and your crew starts Tuesday.", fileOf("ana").get(0).text());
    }
}
