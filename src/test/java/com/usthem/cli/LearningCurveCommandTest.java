package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code usthem eval --curve}: would more examples help? */
class LearningCurveCommandTest {

    private static final Pattern ROWS = Pattern.compile(
            "  {2}share  examples  accuracy  macro-F1\n(  +\\d+% +\\d+ +0\\.\\d{3} +0\\.\\d{3}\n){4}"
                    + "from 75% to 100% of the examples accuracy (rose|fell) \\d+\\.\\d points: [a-z ]+\n");

    @TempDir
    Path dir;

    @Test
    void theWorkspacesCurveIsMeasuredOnItsHeldOutTestSplit() {
        int testSplit = CorpusFiles.read(Path.of("training-data", CorpusFiles.TEST_FILE), CorpusFormat.JSONL, "x")
                .examples().size();

        CliRun curve = CliRun.run("eval", "--curve", "--workspace", dir.toString(), "--iterations", "5");

        assertEquals(0, curve.exitCode(), curve.err());
        assertTrue(curve.out().startsWith("learning curve of maxent cutoff=3 iterations=5 features=full on the "
                + "workspace corpus, measured on " + testSplit + " held-out test examples\n"), curve.out());
        assertTrue(ROWS.matcher(curve.out()).find(), curve.out());
        assertTrue(curve.out().contains("   100%      " + CorpusFiles.readTraining(Path.of("training-data"))
                .examples().size() + " "), curve.out());
    }

    @Test
    void aDataFileWithoutATestSplitIsMeasuredOnAFifthSetAside() {
        CliRun curve = CliRun.run("eval", "--curve", "--data", "training-data/retail-fashion-food.jsonl",
                "--iterations", "10", "--cutoff", "0");

        assertEquals(0, curve.exitCode(), curve.err());
        assertTrue(curve.out().contains("examples set aside from them (one in five of each label)\n"), curve.out());
        assertTrue(ROWS.matcher(curve.out()).find(), curve.out());
    }

    @Test
    void withoutCurveTheDataIsRequired() {
        CliRun refused = CliRun.run("eval");
        assertEquals(1, refused.exitCode());
        assertEquals("usthem: give --data FILE|DIR (only --curve defaults to the workspace)\n", refused.err());
    }
}
