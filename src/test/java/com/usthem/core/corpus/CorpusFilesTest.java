package com.usthem.core.corpus;

import com.usthem.core.Label;
import com.usthem.core.io.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusFilesTest {

    @TempDir
    Path dir;

    private static String line(String text, String label) {
        return "{\"text\":\"" + text + "\",\"label\":\"" + label + "\"}\n";
    }

    private static List<String> texts(CorpusReadResult result) {
        return result.examples().stream().map(Example::text).toList();
    }

    @Test
    void binaryFileIsAProblemNamingTheFile() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.write(file, new byte[] {'{', 0, 0, 1, 2, '}', '\n'});
        CorpusReadResult result = CorpusFiles.read(file, CorpusFormat.JSONL, "import");
        assertTrue(result.examples().isEmpty());
        assertEquals(1, result.problems().size());
        FileProblem problem = result.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(file + ": looks like a binary file, not text", problem.toString());
    }

    @Test
    void latin1FileIsAProblemNamingFileAndLine() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        String content = line("Sign today.", "sales") + line("Caf\u00e9 culture.", "marketing");
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        CorpusReadResult result = CorpusFiles.read(file, CorpusFormat.JSONL, "import");
        assertTrue(result.examples().isEmpty(), "a file in the wrong encoding is refused as a whole");
        assertEquals(1, result.problems().size());
        FileProblem problem = result.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.toString().startsWith(file + ":2: not valid UTF-8"), problem.toString());
    }

    @Test
    void byteOrderMarkDoesNotBreakTheFirstLine() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(line("Caf\u00e9 culture.", "marketing").getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        CorpusReadResult result = CorpusFiles.read(file);
        assertTrue(result.clean(), result.problems().toString());
        assertEquals(List.of("Caf\u00e9 culture."), texts(result));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.jsonl");
        CorpusReadResult result = CorpusFiles.read(file);
        assertEquals(List.of(file + ": no such file"), result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void formatIsGuessedFromTheFileName() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "text,label\nSign today.,sales\n");
        Files.writeString(dir.resolve("b.txt"), "marketing We dream big.\n");
        Files.writeString(dir.resolve("c.jsonl"), line("Book now.", "sales"));
        assertEquals(List.of("Sign today."), texts(CorpusFiles.read(dir.resolve("a.csv"))));
        assertEquals(List.of("We dream big."), texts(CorpusFiles.read(dir.resolve("b.txt"))));
        assertEquals(List.of("Book now."), texts(CorpusFiles.read(dir.resolve("c.jsonl"))));
        assertEquals("import", CorpusFiles.read(dir.resolve("c.jsonl")).examples().get(0).source());

        Path unknown = dir.resolve("d.xlsx");
        Files.writeString(unknown, "whatever");
        CorpusReadResult result = CorpusFiles.read(unknown);
        assertTrue(result.examples().isEmpty());
        assertTrue(result.problems().get(0).toString().startsWith(unknown + ": cannot tell the format"),
                result.problems().toString());
    }

    @Test
    void readTrainingReadsEveryJsonlButTheTestSplit() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("From a.", "sales"));
        Files.writeString(dir.resolve("b.jsonl"), line("From b.", "marketing") + "not json\n");
        Files.writeString(dir.resolve(CorpusFiles.TEST_FILE), line("Held out.", "sales"));
        Files.writeString(dir.resolve("notes.txt"), "sales Not training data.\n");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("c.jsonl"), line("Nested.", "sales"));

        CorpusReadResult result = CorpusFiles.readTraining(dir);
        assertEquals(List.of("From a.", "From b."), texts(result));
        assertEquals("corpus", result.examples().get(0).source());
        assertEquals(1, result.problems().size());
        assertEquals(dir.resolve("b.jsonl").toString(), result.problems().get(0).file());
        assertEquals(2, result.problems().get(0).line());
        assertEquals(List.of(dir.resolve("a.jsonl"), dir.resolve("b.jsonl")), CorpusFiles.trainingFiles(dir));
    }

    @Test
    void readTrainingOfASingleFile() throws IOException {
        Path file = dir.resolve(CorpusFiles.TEST_FILE);
        Files.writeString(file, line("Held out.", "sales"));
        assertEquals(List.of("Held out."), texts(CorpusFiles.readTraining(file)));
    }

    @Test
    void folderWithoutTrainingFilesIsAProblem() throws IOException {
        Files.writeString(dir.resolve(CorpusFiles.TEST_FILE), line("Held out.", "sales"));
        CorpusReadResult result = CorpusFiles.readTraining(dir);
        assertTrue(result.examples().isEmpty());
        assertEquals(List.of(dir + ": no *.jsonl training files in this folder"),
                result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void writeThenReadEveryFormat() throws IOException {
        List<Example> examples = List.of(
                new Example("a1", "Hi Dana, sign by Friday.", Label.SALES, "crm", Instant.parse("2026-01-01T00:00:00Z"),
                        java.util.Map.of()),
                Example.of("We dream \"big\".", Label.MARKETING, "web", null));
        for (String name : List.of("out.jsonl", "out.csv", "out.txt")) {
            Path file = dir.resolve("export").resolve(name);
            CorpusFiles.write(file, CorpusFormat.fromFileName(file), examples);
            CorpusReadResult read = CorpusFiles.read(file);
            assertTrue(read.clean(), name + ": " + read.problems());
            assertEquals(List.of("Hi Dana, sign by Friday.", "We dream \"big\"."), texts(read), name);
        }
        try (Stream<Path> files = Files.list(dir.resolve("export"))) {
            assertEquals(List.of("out.csv", "out.jsonl", "out.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void writeJsonlKeepsEveryField() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Example example = new Example("a1", "Sign today.", Label.SALES, "crm", Instant.parse("2026-01-01T00:00:00Z"),
                java.util.Map.of("axis", com.fasterxml.jackson.databind.node.TextNode.valueOf("urgency")));
        CorpusFiles.writeJsonl(file, List.of(example));
        assertEquals(List.of(example), CorpusFiles.readTraining(file).examples());
    }
}
