package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCommandsTest {

    @TempDir
    Path dir;

    @Test
    void importsCsvAndDoccatWithoutDuplicates() throws Exception {
        Path csv = dir.resolve("team.csv");
        Files.writeString(csv, "text,label\n\"Sign by Friday, please.\",sales\nOur story began in 1998.,marketing\n");
        Path doccat = dir.resolve("more.txt");
        Files.writeString(doccat, "sales Sign by Friday, please.\nmarketing Discover the new collection.\n");
        Path corpus = dir.resolve("corpus.jsonl");

        CliRun run = CliRun.run("import", csv.toString(), doccat.toString(), "--into", corpus.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<Example> examples = CorpusFiles.read(corpus, CorpusFormat.JSONL, "x").examples();
        assertEquals(3, examples.size());
        assertTrue(run.out().contains("imported 3 examples"), run.out());
        assertTrue(run.err().contains("usthem: 1 line repeats the text and label of an earlier line and was used once: "
                + doccat + ":1"), run.err());
        assertTrue(examples.stream().allMatch(e -> e.source().equals("import")));
    }

    @Test
    void aBadRowStopsTheImportAndLeavesTheCorpusUntouched() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"Our story.\",\"label\":\"marketing\",\"source\":\"me\"}\n");
        String before = Files.readString(corpus);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "text,label\nSign today.,sales\nSomething.,maybe\n");

        CliRun run = CliRun.run("import", csv.toString(), "--into", corpus.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(csv + ":3: unknown label 'maybe'"), run.err());
        assertEquals(before, Files.readString(corpus));
    }

    @Test
    void skipBadImportsTheGoodRowsAndReportsTheBadOnes() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "text,label\nSign today.,sales\nSomething.,maybe\n,sales\n");

        CliRun run = CliRun.run("import", csv.toString(), "--into", corpus.toString(), "--skip-bad");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(csv + ":3: unknown label"), run.err());
        assertTrue(run.err().contains(csv + ":4: empty text"), run.err());
        assertEquals(1, CorpusFiles.read(corpus, CorpusFormat.JSONL, "x").examples().size());
    }

    @Test
    void exportsToEveryFormatAndBack() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id":"a","text":"Our story began in 1998.","label":"marketing","source":"me","axis":"us-them"}
                {"id":"b","text":"Sign by Friday, please.\\nThanks, Sam","label":"sales","source":"me"}
                """);
        for (String name : List.of("out.csv", "out.txt", "out.jsonl")) {
            Path out = dir.resolve(name);
            CliRun run = CliRun.run("export", "--data", corpus.toString(), "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            List<Example> back = CorpusFiles.read(out).examples();
            assertEquals(2, back.size(), name);
            assertEquals("sales", back.get(1).label().id());
        }
        assertEquals("us-them", CorpusFiles.read(dir.resolve("out.jsonl")).examples().get(0).attribute("axis"));
    }

    @Test
    void unknownFormatIsAClearError() {
        CliRun run = CliRun.run("export", "--data", dir.resolve("x.jsonl").toString(), "--out",
                dir.resolve("out.xlsx").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot tell the format"), run.err());
        assertFalse(Files.exists(dir.resolve("out.xlsx")));
    }
}
