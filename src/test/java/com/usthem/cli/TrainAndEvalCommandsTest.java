package com.usthem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.Json;
import com.usthem.core.model.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainAndEvalCommandsTest {

    @TempDir
    Path dir;

    @Test
    void trainWritesModelAndMetadataAndEvalReadsThem() throws Exception {
        Path out = dir.resolve("m.bin");
        CliRun train = CliRun.run("train", "--workspace", dir.toString(), "--data", "training-data", "--out",
                out.toString(), "--folds", "3", "--iterations", "30");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("[100%]"), train.err());
        assertTrue(train.out().contains("3-fold cross-validation"), train.out());
        assertTrue(Files.exists(out));
        var metadata = ModelFiles.readMetadata(out);
        assertNotNull(metadata.crossValidation());
        assertEquals(3, metadata.folds());

        CliRun eval = CliRun.run("eval", "--workspace", dir.toString(), "--data", "training-data", "--model",
                out.toString(), "--json");
        assertEquals(0, eval.exitCode(), eval.err());
        JsonNode json = Json.MAPPER.readTree(eval.out());
        assertTrue(json.get("accuracy").asDouble() > 0.8, eval.out());
        assertTrue(json.has("confusion") && json.has("perLabel") && json.has("misclassified"));
    }

    @Test
    void trainWithoutOutInstallsANewCurrentModelInTheWorkspace() {
        CliRun train = CliRun.run("train", "--workspace", dir.toString(), "--data", "training-data", "--folds", "0",
                "--iterations", "20");
        assertEquals(0, train.exitCode(), train.err());
        // v0001 is the shipped default the workspace was seeded with.
        assertTrue(train.out().contains("model v0002 is now the current model (was v0001)"), train.out());
        assertTrue(train.out().replaceAll(" +", " ").contains("new, cross-validated not measured"), train.out());
        assertTrue(Files.exists(dir.resolve("models/v0002.bin")));
    }

    @Test
    void evalWithFoldsCrossValidates() {
        CliRun eval = CliRun.run("eval", "--workspace", dir.toString(), "--data", "training-data", "--folds", "2",
                "--iterations", "20", "--errors", "2");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().startsWith("2-fold cross-validation"), eval.out());
        assertTrue(eval.out().contains("confusion"), eval.out());
    }

    @Test
    void malformedTrainingDataIsReportedAndNoModelIsWritten() throws Exception {
        Path data = dir.resolve("bad.jsonl");
        Files.writeString(data, "{\"text\":\"Sign today.\",\"label\":\"sales\"}\n{\"text\":\"x\",\"label\":\"spam\"}\n");
        Path out = dir.resolve("m.bin");
        CliRun train = CliRun.run("train", "--workspace", dir.toString(), "--data", data.toString(), "--out",
                out.toString());
        assertEquals(1, train.exitCode());
        assertTrue(train.err().contains(data + ":2: unknown label 'spam'"), train.err());
        assertFalse(Files.exists(out));
    }

    /**
     * An export often has the same copy more than once: with its label it is used once and counted,
     * with different labels it is left out and each line named; training goes on either way.
     */
    @Test
    void repeatedAndConflictingTextsAreReportedAndTrainingGoesOn() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("training-data", "letters-and-broadcasts.jsonl")).subList(0, 60)) {
            lines.add(line.replaceAll("\"id\": \"[^\"]*\", ", ""));
        }
        lines.add(lines.get(0));
        lines.add(lines.get(1).replace("Hi", "hi"));
        lines.add("{\"text\": \"Reply by Friday to keep your seat.\", \"label\": \"sales\"}");
        lines.add("{\"text\": \"Reply by Friday to keep your seat!\", \"label\": \"marketing\"}");
        Path data = dir.resolve("export.jsonl");
        Files.write(data, lines);
        Path out = dir.resolve("m.bin");
        CliRun train = CliRun.run("train", "--workspace", dir.toString(), "--data", data.toString(), "--out",
                out.toString(), "--folds", "0", "--iterations", "20");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("usthem: 2 lines repeat the text and label of an earlier line and were used "
                + "once: " + data + ":61, " + data + ":62"), train.err());
        assertTrue(train.err().contains("usthem: 1 text is labeled differently on different lines, left out:"),
                train.err());
        assertTrue(train.err().contains(data + ":63 (sales), " + data + ":64 (marketing)"), train.err());
        assertTrue(train.err().contains("on 60 examples"), train.err());
        assertEquals(60, ModelFiles.readMetadata(out).examples());
    }

    @Test
    void missingDataFileIsNamed() {
        Path missing = dir.resolve("nope.jsonl");
        CliRun eval = CliRun.run("eval", "--workspace", dir.toString(), "--data", missing.toString());
        assertEquals(1, eval.exitCode());
        assertTrue(eval.err().contains(missing + ": no such file"), eval.err());
    }
}
