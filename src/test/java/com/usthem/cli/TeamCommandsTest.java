package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.team.AgreementFixture;
import com.usthem.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several people on one workspace from the command line: --author, disputes, settle, agreement, train. */
class TeamCommandsTest {

    private static final String COPY = "Reply YES and your crew starts Monday.";

    @TempDir
    Path dir;

    private CliRun usthem(String command, String... args) {
        return CliRun.inWorkspace(dir, command, args);
    }

    private List<Example> fileOf(String author) {
        return CorpusFiles.read(new Workspace(dir).userCorpus(new Author(author)), CorpusFormat.JSONL, "x").examples();
    }

    @Test
    void twoPeopleDisagreeTheCopyIsLeftOutOfTrainingUntilSettled() throws Exception {
        assertEquals(0, usthem("label", "--author", "ana", "sales", COPY).exitCode());
        CliRun ben = usthem("label", "--author", "ben", "marketing", COPY);

        assertEquals(0, ben.exitCode(), ben.err());
        String id = fileOf("ana").get(0).id();
        assertEquals("labeled marketing, but ana said sales: disputed until the team settles it: "
                + fileOf("ben").get(0).id() + " in " + new Workspace(dir).userCorpus(new Author("ben")) + "\n"
                + "settle it with: usthem settle marketing|sales " + id + "\n", ben.out());

        CliRun train = usthem("train", "--folds", "0", "--iterations", "5", "--out", dir.resolve("m.bin").toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().startsWith("left out 1 disputed examples (people label them differently and nobody "
                + "settled them; 'usthem agreement' lists them, 'usthem settle' settles one)\n"), train.out());

        CliRun listed = usthem("agreement");
        assertTrue(listed.out().startsWith("1 copy labeled by two or more people; 1 disputed (1 still open)\n"),
                listed.out());
        assertTrue(listed.out().contains("  " + id + "    open"), listed.out());

        CliRun settled = usthem("settle", "--author", "carol", "sales", id);
        assertEquals(0, settled.exitCode(), settled.err());
        assertTrue(settled.out().startsWith("settled as sales: "), settled.out());
        assertTrue(fileOf("carol").get(0).settles());
        assertTrue(usthem("agreement").out().contains("settled sales by carol"));

        CliRun again = usthem("settle", "marketing", id);
        assertEquals(1, again.exitCode());
        assertEquals("usthem: “Reply YES and your crew starts Monday.” is not disputed (it is settled sales): "
                + "nothing to settle\n", again.err());
    }

    @Test
    void agreementPrintsTheHandWorkedKappaOfTheFixture() throws Exception {
        assertEquals(0, usthem("models").exitCode());
        CorpusFiles.writeJsonl(new Workspace(dir).corpusDir().resolve("user-team.jsonl"),
                AgreementFixture.lines());

        CliRun agreement = usthem("agreement");

        assertEquals(0, agreement.exitCode(), agreement.err());
        // Worked out in AgreementReportTest: kappa 0.16 / 0.46, 0.5 and -0.5.
        assertTrue(agreement.out().contains("  ana & ben                            10       7      70.0%   0.348\n"),
                agreement.out());
        assertTrue(agreement.out().contains("  ana & carol                           4       3      75.0%   0.500\n"),
                agreement.out());
        assertTrue(agreement.out().contains("  ben & carol                           4       1      25.0%  -0.500\n"),
                agreement.out());
        assertTrue(agreement.out().contains("  win-close                      5          3  (60%)\n"), agreement.out());
        assertTrue(agreement.out().startsWith("10 copies labeled by two or more people; 4 disputed (3 still open)\n"),
                agreement.out());
    }

    @Test
    void aNameThatIsNotOneLineIsRefused() {
        CliRun refused = usthem("label", "--author", "ana\tb", "sales", COPY);
        assertEquals(1, refused.exitCode());
        assertEquals("usthem: an author name is one line of text, without control characters\n", refused.err());
    }

    @Test
    void theAuthorComesFromTheEnvironmentWhenNoOptionGivesIt() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.usthem.Main",
                "import", "--workspace", dir.toString(), writeCsv().toString())
                .redirectErrorStream(true);
        builder.environment().put(Author.ENV, "dana");
        Process child = builder.start();
        child.getOutputStream().close();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        String output = new String(child.getInputStream().readAllBytes());
        assertEquals(0, child.exitValue(), output);
        assertEquals(List.of("dana"), fileOf("dana").stream().map(Example::author).toList());
    }

    private Path writeCsv() throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, "text,label\n\"" + COPY + "\",sales\n");
        return csv;
    }
}
