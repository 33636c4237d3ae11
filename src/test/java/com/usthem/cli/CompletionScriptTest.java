package com.usthem.cli;

import com.usthem.OnPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The completion script that {@code usthem generate-completion} prints (and the installers ship)
 * completes commands and options in a real bash, the way bash calls it on Tab.
 */
class CompletionScriptTest {

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeScript() throws Exception {
        CliRun run = CliRun.run("generate-completion");
        assertEquals(0, run.exitCode(), run.err());
        script = dir.resolve("usthem");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
    }

    @Test
    void completesSubcommandNames() throws Exception {
        assertEquals(List.of("score"), complete("usthem", "sc"));
        List<String> all = complete("usthem", "");
        assertTrue(all.containsAll(List.of("score", "train", "batch", "report", "compare", "generate-completion")),
                all.toString());
    }

    @Test
    void completesTheOptionsOfTheSubcommandTyped() throws Exception {
        assertEquals(List.of("--json", "--jsonl"), complete("usthem", "score", "--js"));
        assertEquals(List.of("--folds", "--features", "--flips"),
                complete("usthem", "train", "--f").stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    @Test
    void helpListsTheCompletionCommand() {
        CliRun run = CliRun.run("--help");
        assertTrue(run.out().contains("generate-completion"), run.out());
    }

    private static int order(String option) {
        return List.of("--folds", "--features", "--flips").indexOf(option);
    }

    /** What bash offers on Tab after the words given (the last one is being typed). */
    private List<String> complete(String... words) throws Exception {
        Assumptions.assumeTrue(OnPath.has("bash"), "bash is not installed: completion not checked");
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; COMPREPLY=()\n"
                + "_complete_usthem 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, bash.exitValue());
        return out.lines().filter(word -> !word.isBlank()).toList();
    }
}
