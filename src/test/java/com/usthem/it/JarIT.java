package com.usthem.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the packaged {@code target/usthem.jar} as a user would, in its own JVM. */
class JarIT {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Result usthem(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", System.getProperty("usthem.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("USTHEM_WORKSPACE", dir.resolve("workspace").toString());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "usthem did not finish");
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void scoresTheDoneWhenSentence() throws Exception {
        Result result = usthem(null, "score", "If you sign today, your crew starts Tuesday.");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("sales  (marketing "), result.out());
    }

    @Test
    void jsonlRoundTripsThroughStdin() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"text\":\"Imagine a world powered by the sun.\",\"n\":1}\n"
                + "{\"text\":\"Sign by Friday and the crew starts Monday.\",\"n\":2}\n", StandardCharsets.UTF_8);
        Result result = usthem(input, "score", "--jsonl", "-");
        assertEquals(0, result.exitCode(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"text\":\"Imagine a world powered by the sun.\",\"n\":1,\"label\":\"marketing\""),
                lines[0]);
        assertTrue(lines[1].contains("\"n\":2,\"label\":\"sales\""), lines[1]);
    }

    @Test
    void badInputGivesOneClearMessageAndANonZeroExit() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"text\":\"ok\"}\nnot json\n");
        Result result = usthem(null, "score", "--jsonl", input.toString());
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("usthem: " + input + ":2: malformed JSON", result.err().strip().split(" \\(")[0]);
    }
}
