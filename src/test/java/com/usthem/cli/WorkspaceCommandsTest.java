package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.train.Metrics;
import com.usthem.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The label, train, models and rollback loop on one workspace, as a user types it. */
class WorkspaceCommandsTest {

    @TempDir
    Path dir;

    private CliRun usthem(String command, String... args) {
        return CliRun.inWorkspace(dir, command, args);
    }

    private List<Example> userCorpus() {
        return CorpusFiles.read(new Workspace(dir).userCorpus(), CorpusFormat.JSONL, "x").examples();
    }

    /** The shipped corpus and model change over time; the tests read their numbers rather than repeat them. */
    private static int shippedExamples() {
        return CorpusFiles.readTraining(Path.of("training-data")).examples().size();
    }

    private static String shippedCrossValidation() throws Exception {
        Metrics cv = ModelFiles.loadBundled().metadata().crossValidation();
        return String.format(Locale.ROOT, "%9.3f %9.3f", cv.accuracy(), cv.macroF1());
    }

    private static List<String> lines(String out) {
        return Arrays.asList(out.split("\n"));
    }

    @Test
    void labelTrainListAndRollBack() throws Exception {
        assertEquals(0, usthem("label", "sales", "Text", "me", "the", "signed", "page", "today.").exitCode());
        assertEquals(0, usthem("label", "marketing", "Our founders dreamed of a kinder bank.").exitCode());
        CliRun third = CliRun.runWithStdin("Book your tasting for Saturday.\n", "label", "SALES", "-",
                "--workspace", dir.toString());
        assertEquals(0, third.exitCode(), third.err());
        assertTrue(third.out().startsWith("added as sales: x"), third.out());
        assertEquals(List.of("Text me the signed page today.", "Our founders dreamed of a kinder bank.",
                "Book your tasting for Saturday."), userCorpus().stream().map(Example::text).toList());
        assertTrue(userCorpus().stream().allMatch(e -> e.source().equals("user") && e.added() != null));

        CliRun train = usthem("train", "--folds", "2", "--iterations", "30");
        assertEquals(0, train.exitCode(), train.err());
        Metrics shipped = ModelFiles.loadBundled().metadata().crossValidation();
        assertTrue(train.out().contains(String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8d",
                "old (v0001), cross-validated", shipped.accuracy(), shipped.macroF1(), shipped.examples())), train.out());
        assertTrue(train.out().contains("new, cross-validated"), train.out());
        assertTrue(train.out().contains("2-fold cross-validation of the new model: " + (shippedExamples() + 3)
                + " examples"), train.out());
        assertTrue(train.out().contains("verdicts that changed: "), train.out());
        assertTrue(train.out().contains("model v0002 is now the current model (was v0001)"), train.out());

        CliRun models = usthem("models");
        assertEquals(0, models.exitCode(), models.err());
        List<String> rows = lines(models.out());
        assertEquals(3, rows.size(), models.out());
        assertTrue(rows.get(1).startsWith("  v0001 ") && rows.get(1).contains(
                String.format("%8d %s", shippedExamples(), shippedCrossValidation())), rows.get(1));
        assertTrue(rows.get(2).startsWith("* v0002 ") && rows.get(2).contains(
                String.format(" %8d ", shippedExamples() + 3)), rows.get(2));

        CliRun rollback = usthem("rollback", "v0001");
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertEquals("model v0001 is now the current model (was v0002)", rollback.out().strip());
        assertTrue(lines(usthem("models").out()).get(1).startsWith("* v0001 "));
        assertEquals("v0001", Files.readString(dir.resolve("models/current")).strip());
    }

    @Test
    void everyCommandTakesTheWorkspaceAfterItsName() {
        CommandLine commandLine = UsThemCommand.commandLine();
        assertTrue(commandLine.getSubcommands().keySet().containsAll(
                List.of("score", "label", "train", "models", "rollback", "eval", "import", "export")));
        // generate-completion only prints the completion script: it never opens a workspace.
        commandLine.getSubcommands().entrySet().stream().filter(sub -> !sub.getKey().equals("generate-completion"))
                .forEach(sub -> assertNotNull(sub.getValue().getCommandSpec().findOption("--workspace"),
                        sub.getKey() + " lacks --workspace"));
    }

    @Test
    void aDamagedCurrentModelFallsBackToThePreviousOneWithAClearMessage() throws Exception {
        assertEquals(0, usthem("train", "--folds", "0", "--iterations", "20").exitCode());
        Path damaged = dir.resolve("models/v0002.bin");
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 3));

        CliRun score = usthem("score", "If you sign today, your crew starts Tuesday.");

        assertEquals(0, score.exitCode(), score.err());
        assertTrue(score.out().startsWith("sales"), score.out());
        assertEquals(List.of("usthem: warning: " + damaged + ": not a readable UsThem/OpenNLP model",
                        "usthem: warning: using the previous model v0001 instead"),
                lines(score.err().strip()).stream().map(l -> l.replaceAll(" \\(.*", "")).toList());

        CliRun models = usthem("models");
        assertTrue(models.err().contains(damaged + ": not a readable"), models.err());
        assertTrue(lines(models.out()).get(1).startsWith("* v0001 "), models.out());

        CliRun rollback = usthem("rollback", "2");
        assertEquals(1, rollback.exitCode());
        assertTrue(rollback.err().startsWith("usthem: " + damaged + ": not a readable"), rollback.err());
    }

    @Test
    void labelRefusesWhatCannotBeAnExample() {
        CliRun unknown = usthem("label", "spam", "Buy now");
        assertEquals(1, unknown.exitCode());
        assertEquals("usthem: unknown label 'spam' (expected 'marketing' or 'sales')", unknown.err().strip());

        CliRun empty = CliRun.runWithStdin("  \n", "label", "sales", "-", "--workspace", dir.toString());
        assertEquals(1, empty.exitCode());
        assertEquals("usthem: empty text: nothing to label", empty.err().strip());

        CliRun missing = usthem("label", "sales");
        assertEquals(2, missing.exitCode());
        assertFalse(Files.exists(new Workspace(dir).userCorpus()));
    }

    @Test
    void importIntoTheWorkspaceKeepsGoodRowsWithSkipBadAndNeverImportsTwice() throws Exception {
        Path csv = dir.resolve("team.csv");
        Files.writeString(csv, "text,label\nCall me back today about your quote.,sales\nOur heritage.,maybe\n");

        CliRun strict = usthem("import", csv.toString());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains(csv + ":3: unknown label 'maybe'"), strict.err());
        assertFalse(Files.exists(new Workspace(dir).userCorpus()));

        CliRun lenient = usthem("import", csv.toString(), "--skip-bad");
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().startsWith("imported 1 examples into " + new Workspace(dir).userCorpus()
                + " (0 already there, 1 bad rows skipped)"), lenient.out());
        assertEquals(1, userCorpus().size());

        CliRun again = usthem("import", csv.toString(), "--skip-bad");
        assertTrue(again.out().startsWith("imported 0 examples"), again.out());
        assertEquals(1, userCorpus().size());

        Path export = dir.resolve("all.csv");
        CliRun exported = usthem("export", "--out", export.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().startsWith("exported " + (shippedExamples() + 1) + " examples"), exported.out());
    }

    @Test
    void trainWithOutAloneUsesTheWorkspaceCorpusAndVocabularyAndLeavesItsModelsAlone() throws Exception {
        assertEquals(0, usthem("label", "marketing", "Acme is proud to open its tenth store.").exitCode());
        Files.writeString(new Workspace(dir).vocabularyFile(), "# ours\nAcme\nRoad Runner Pro\n");
        Path out = dir.resolve("elsewhere/m.bin");

        CliRun train = usthem("train", "--out", out.toString(), "--folds", "0", "--iterations", "20");

        assertEquals(0, train.exitCode(), train.err());
        ModelMetadata metadata = ModelFiles.readMetadata(out);
        assertEquals(List.of("Acme", "Road Runner Pro"), metadata.vocabulary());
        assertEquals(shippedExamples() + 1, metadata.examples());
        assertEquals(1, new Workspace(dir).models().versions().size());
    }

    @Test
    void aBadLineInTheWorkspaceCorpusStopsTrainingWithItsFileAndLine() throws Exception {
        assertEquals(0, usthem("label", "sales", "Sign by Friday.").exitCode());
        Path user = new Workspace(dir).userCorpus();
        Files.writeString(user, Files.readString(user) + "{\"text\":\"half a line\n");

        CliRun train = usthem("train", "--folds", "0");

        assertEquals(1, train.exitCode());
        assertTrue(train.err().startsWith("usthem: " + user + ":2: malformed JSON"), train.err());
        assertEquals(1, new Workspace(dir).models().versions().size());
    }
}
