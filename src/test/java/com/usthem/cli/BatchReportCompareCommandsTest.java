package com.usthem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchReportCompareCommandsTest {

    private static final String SALES = "If you sign today, your crew starts Tuesday.";
    private static final String MARKETING = "We are the award-winning leader in home energy.";

    @TempDir
    Path dir;

    private CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--workspace", dir.resolve("workspace").toString()));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    private Path drafts() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(folder.resolve("one.txt"), SALES + "\n");
        Files.writeString(folder.resolve("rows.csv"), "id,text\nm1," + MARKETING + "\n");
        Files.write(folder.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        return folder;
    }

    @Test
    void batchScoresTheReadableFilesAndListsTheUnreadableOne() throws Exception {
        Path folder = drafts();
        CliRun run = run("batch", folder.toString());
        assertEquals(1, run.exitCode(), "a problem makes the exit code 1 even though the rest was scored");
        assertTrue(run.err().contains("usthem: " + folder.resolve("scan.txt") + ": looks like a binary file, not text"),
                run.err());
        try (CsvRows rows = new CsvRows(run.out())) {
            assertEquals(List.of("file", "line", "id", "label", "marketing", "sales", "we", "you", "sentences", "mixed",
                    "strongest", "us_them", "public_personal", "dream_reality", "journey_last_mile", "attract_keep",
                    "chance_close", "text"), rows.next().values());
            List<String> first = rows.next().values();
            assertEquals(List.of(folder.resolve("one.txt").toString(), "", "", "sales"), first.subList(0, 4));
            assertEquals(SALES, first.get(17));
            assertTrue(Double.parseDouble(first.get(14)) > 0, "the ask leans toward sales on the last mile");
            List<String> second = rows.next().values();
            assertEquals(List.of(folder.resolve("rows.csv").toString(), "2", "m1", "marketing"), second.subList(0, 4));
            assertEquals(null, rows.next());
        }
    }

    @Test
    void batchWritesJsonlToAFileNamedByOut() throws Exception {
        Path one = Files.writeString(dir.resolve("one.md"), SALES);
        Path out = dir.resolve("results.jsonl");
        CliRun run = run("batch", one.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("scored 1 drafts from 1 files into " + out + " (jsonl)\n", run.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        JsonNode row = Json.MAPPER.readTree(lines.get(0));
        assertEquals("sales", row.get("label").asText());
        assertEquals(one.toString(), row.get("file").asText());
        assertEquals(SALES, row.get("text").asText());
    }

    @Test
    void batchFormatOptionWinsOverTheFileName() throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), MARKETING);
        Path out = dir.resolve("results.txt");
        assertEquals(0, run("batch", one.toString(), "--out", out.toString(), "--format", "jsonl").exitCode());
        assertEquals("marketing", Json.MAPPER.readTree(Files.readString(out)).get("label").asText());
        CliRun bad = run("batch", one.toString(), "--format", "xml");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("unknown format 'xml' (expected csv or jsonl)"), bad.err());
    }

    @Test
    void batchWithNothingReadableWritesNothing() throws Exception {
        Path out = dir.resolve("results.csv");
        Files.writeString(out, "previous results\n");
        CliRun run = run("batch", dir.resolve("missing").toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(dir.resolve("missing") + ": no such file or folder"), run.err());
        assertTrue(run.err().contains("nothing was scored"), run.err());
        assertEquals("previous results\n", Files.readString(out));
    }

    @Test
    void reportWritesAnHtmlPageForTheDraft() throws Exception {
        Path draft = Files.writeString(dir.resolve("pitch.txt"), SALES + "\n" + MARKETING + "\n");
        Path out = dir.resolve("out/report.html");
        CliRun run = run("report", draft.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("report on " + draft + " (reads as "), run.out());
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("UsThem report: pitch.txt", page.title());
        assertTrue(page.getElementById("verdict").text().startsWith("Reads like "));
        assertEquals(2, page.select("#heat span.s").size());
        assertTrue(page.selectFirst(".meta").text().contains("model: default model"), page.selectFirst(".meta").text());
    }

    @Test
    void reportReadsStdinAndRefusesWhatIsNotText() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun fromStdin = CliRun.runWithStdin(MARKETING, "report", "-", "--out", out.toString(), "--workspace",
                dir.resolve("workspace").toString());
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertEquals("UsThem report: <stdin>", Jsoup.parse(Files.readString(out)).title());

        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path notWritten = dir.resolve("never.html");
        CliRun refused = run("report", binary.toString(), "--out", notWritten.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains(binary + ": looks like a binary file"), refused.err());
        assertFalse(Files.exists(notWritten));

        assertEquals(2, run("report", binary.toString()).exitCode(), "--out is required");
    }

    @Test
    void compareShowsScoresSentencesAndCueWords() throws Exception {
        Path before = Files.writeString(dir.resolve("v1.txt"), MARKETING + " Our team loves the sun.");
        Path after = Files.writeString(dir.resolve("v2.txt"),
                "Our team loves the sun. " + SALES + " Reply with your address and I'll book your survey.");
        CliRun run = run("compare", before.toString(), after.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("before: marketing"), out);
        assertTrue(out.contains("after:  sales"), out);
        assertTrue(out.contains("; the verdict changed"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("moved most on .+: \\+\\d+\\.\\d toward sales")), out);
        assertTrue(out.contains("sentences removed (1):\n  -"), out);
        assertTrue(out.contains(MARKETING), out);
        assertTrue(out.contains("sentences added (2):\n  +"), out);
        String gained = out.lines().filter(l -> l.startsWith("cue words gained: ")).findFirst().orElseThrow();
        assertTrue(gained.contains("'your' ×3 (you/your words)") && gained.contains("'sign' (call to action)"), gained);
        assertTrue(out.contains("cue words lost: 'we' (we/our words)"), out);
    }

    @Test
    void compareRefusesStandardInputForBothDrafts() {
        CliRun run = run("compare", "-", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("BEFORE and AFTER cannot both be standard input"), run.err());
        assertEquals("", run.out());
    }
}
