package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workspace kept in git: two people label on two branches, and the branches merge without a
 * conflict, each label one line of the diff. Runs the real git; skipped where git is not installed.
 */
class GitMergeTest {

    private static final String SHIPPED = "Discover the future of travel with us.";
    private static final String BOTH = "Reply YES and your crew starts Monday.";

    @TempDir
    Path dir;

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=UsThem test",
                "-c", "user.email=test@usthem.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.resolve("workspace").toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
        return output;
    }

    private static boolean gitInstalled() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private WorkspaceCorpus as(Workspace workspace, String name) {
        return new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK, () -> Author.of(name));
    }

    @Test
    void twoPeoplesBranchesMergeCleanlyAndTheirDisagreementSurvivesTheMerge() throws Exception {
        Assumptions.assumeTrue(gitInstalled(), "git is not installed here: the git merge test is skipped");
        Workspace workspace = TestWorkspaces.seeded(dir);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "team workspace");

        git("checkout", "-q", "-b", "ana");
        as(workspace, "ana").label(BOTH, Label.SALES);
        as(workspace, "ana").label("Our founders dreamed of a kinder bank.", Label.MARKETING);
        as(workspace, "ana").label(SHIPPED, Label.SALES);
        git("add", "-A");
        git("commit", "-q", "-m", "ana's labels");

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "ben");
        as(workspace, "ben").label(BOTH, Label.MARKETING);
        as(workspace, "ben").label("Book your tasting for Saturday.", Label.SALES);
        as(workspace, null).label("Our brand has led the industry for thirty years.", Label.SALES);
        git("add", "-A");
        git("commit", "-q", "-m", "ben's labels");

        assertEquals("3\t0\tcorpus/user-ana.jsonl\n", git("diff", "--numstat", "main", "ana"),
                "ana's three labels are three new lines of her own file");
        assertEquals("1\t1\tcorpus/starter.jsonl\n2\t0\tcorpus/user-ben.jsonl\n", git("diff", "--numstat", "main", "ben"),
                "a relabel without a name changes its one line where it is");

        git("checkout", "-q", "ana");
        git("merge", "-q", "--no-edit", "ben");

        CorpusSnapshot merged = as(workspace, "ana").read();
        assertEquals(List.of(), merged.problems());
        LabeledCopy both = merged.copyOf(BOTH).orElseThrow();
        assertEquals(LabeledCopy.State.DISPUTED, both.state(), "labeled on two branches, disputed after the merge");
        assertEquals(List.of("ana", "ben"), List.copyOf(both.byPerson().keySet()));
        for (String text : List.of("Our founders dreamed of a kinder bank.", "Book your tasting for Saturday.")) {
            assertTrue(merged.copyOf(text).isPresent(), text);
        }
        assertEquals(Label.SALES, merged.copyOf(SHIPPED).orElseThrow().label().orElseThrow());
        assertEquals(Label.SALES, merged.copyOf("Our brand has led the industry for thirty years.").orElseThrow()
                .label().orElseThrow());
    }
}
