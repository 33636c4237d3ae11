package com.usthem.core.batch;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;
import com.usthem.core.job.Cancellation;
import com.usthem.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchScorerTest {

    private static final String SALES = "If you sign today, your crew starts Tuesday.";
    private static final String MARKETING = "We are the award-winning leader in home energy.";

    @TempDir
    Path dir;

    private final ScoringEngine engine = TestModels.shippedEngine();

    /** Records what the listener hears, checking that calls never overlap. */
    private static final class Recorder implements BatchListener {
        final List<BatchResult> results = Collections.synchronizedList(new ArrayList<>());
        final List<FileProblem> problems = Collections.synchronizedList(new ArrayList<>());
        final List<int[]> progress = Collections.synchronizedList(new ArrayList<>());
        private int inside;
        boolean overlapped;

        private void enter() {
            synchronized (this) {
                overlapped |= inside++ > 0;
            }
            Thread.yield();
            synchronized (this) {
                inside--;
            }
        }

        @Override
        public void scored(BatchResult result) {
            enter();
            results.add(result);
        }

        @Override
        public void problem(FileProblem problem) {
            enter();
            problems.add(problem);
        }

        @Override
        public void progress(int done, int total) {
            enter();
            progress.add(new int[] {done, total});
        }
    }

    private Path folderOfDrafts() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(folder.resolve("a-sales.txt"), SALES);
        Files.writeString(folder.resolve("b-marketing.md"), "# Home\n\n" + MARKETING);
        Files.writeString(folder.resolve("c-rows.csv"), "id,text\nr1," + MARKETING + "\nr2,\"" + SALES + "\"\n");
        Files.write(folder.resolve("d-broken.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Path nested = Files.createDirectories(folder.resolve("more"));
        Files.writeString(nested.resolve("e.jsonl"), "{\"text\": \"" + SALES + "\"}\n{\"text\": \"" + MARKETING + "\"}\n");
        Files.writeString(nested.resolve("notes.pdf"), "not a draft");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD.txt"), "ref: main");
        return folder;
    }

    @Test
    void aDraftWithoutAWordIsListedAsNothingToScore() throws Exception {
        Path file = dir.resolve("rows.jsonl");
        Files.writeString(file, "{\"text\": \"" + SALES + "\"}\n{\"text\": \"\u00a0\"}\n");
        BatchSummary summary = new BatchScorer(engine, 1).score(List.of(file), BatchListener.NONE, Cancellation.NEVER);
        assertEquals(1, summary.results().size());
        assertEquals(List.of(new FileProblem(file.toString(), 2, "empty text: nothing to score")), summary.problems());
    }

    @Test
    void scoresEveryReadableDraftAndListsTheRest() throws Exception {
        Path folder = folderOfDrafts();
        Recorder recorder = new Recorder();
        BatchSummary summary = new BatchScorer(engine, 2).score(List.of(folder), recorder, new Cancellation());

        assertFalse(summary.cancelled());
        assertEquals(5, summary.files());
        List<String> scored = summary.results().stream().map(r -> r.draft().location()).toList();
        assertEquals(List.of(folder.resolve("a-sales.txt").toString(), folder.resolve("b-marketing.md").toString(),
                folder.resolve("c-rows.csv") + ":2", folder.resolve("c-rows.csv") + ":3",
                folder.resolve("more/e.jsonl") + ":1", folder.resolve("more/e.jsonl") + ":2"), scored);
        assertEquals(List.of(Label.SALES, Label.MARKETING, Label.MARKETING, Label.SALES, Label.SALES, Label.MARKETING),
                summary.results().stream().map(BatchResult::label).toList());
        assertEquals(IntStream.range(0, 6).boxed().toList(),
                summary.results().stream().map(BatchResult::index).toList(), "indexes follow the input order");
        BatchResult first = summary.results().get(0);
        var direct = engine.verdict(SALES);
        assertEquals(direct.sales(), first.sales(), 1e-12);
        assertEquals(direct.pronouns(), first.pronouns());
        assertEquals("r1", summary.results().get(2).draft().id());

        assertEquals(List.of(new FileProblem(folder.resolve("d-broken.txt").toString(), 0,
                "looks like a binary file, not text")), summary.problems());
        assertEquals(List.of(folder.resolve("more/notes.pdf")), summary.skipped());

        assertFalse(recorder.overlapped, "listener calls must not overlap");
        assertEquals(summary.results().size(), recorder.results.size());
        assertEquals(summary.problems().size(), recorder.problems.size());
        int[] last = recorder.progress.get(recorder.progress.size() - 1);
        assertEquals(6, last[0]);
        assertEquals(6, last[1]);
        assertEquals(7, recorder.progress.size(), "0 of 6, then one step per draft");
    }

    @Test
    void namedFilesThatAreMissingOrNotDraftsAreProblems() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), SALES);
        Path pdf = Files.writeString(dir.resolve("brochure.pdf"), "Sign today.");
        Path missing = dir.resolve("missing.txt");
        BatchSummary summary = new BatchScorer(engine, 1).score(List.of(good, pdf, missing), BatchListener.NONE,
                Cancellation.NEVER);
        assertEquals(1, summary.results().size());
        assertEquals(List.of(missing + ": no such file or folder",
                pdf + ": not a draft file (batch scoring reads .txt, .md, .csv or .jsonl)"),
                summary.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void cancellingStopsTheRunAndKeepsWhatWasScored() throws Exception {
        StringBuilder csv = new StringBuilder("text\n");
        for (int i = 0; i < 20; i++) {
            csv.append("Draft number ").append(i).append(": sign by Friday.\n");
        }
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        Cancellation cancellation = new Cancellation();
        List<BatchResult> heard = new ArrayList<>();
        BatchSummary summary = new BatchScorer(engine, 1).score(List.of(file), new BatchListener() {
            @Override
            public void scored(BatchResult result) {
                heard.add(result);
                if (heard.size() == 3) {
                    cancellation.cancel();
                }
            }
        }, cancellation);
        assertTrue(summary.cancelled());
        assertEquals(3, summary.results().size());
        assertEquals(heard, summary.results());
    }

    @Test
    void interruptingTheCallerCancelsLikeATaskCancel() throws Exception {
        Path file = Files.writeString(dir.resolve("many.csv"), "text\n" + (SALES + "\n").repeat(3)
                + (MARKETING + "\n").repeat(3));
        Thread caller = Thread.currentThread();
        BatchSummary summary = new BatchScorer(engine, 1).score(List.of(file), new BatchListener() {
            @Override
            public void scored(BatchResult result) {
                if (result.index() == 0) {
                    caller.interrupt();
                    // Hold the worker until the caller has taken the interrupt and is waiting again.
                    long guard = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    while ((caller.isInterrupted() || caller.getState() != Thread.State.WAITING)
                            && System.nanoTime() < guard) {
                        Thread.onSpinWait();
                    }
                }
            }
        }, Cancellation.NEVER);
        assertTrue(Thread.interrupted(), "the caller's interrupt is kept for it to see");
        assertTrue(summary.cancelled());
        assertEquals(1, summary.results().size());
    }

    @Test
    void exportsCsvAndJsonlWithOneRowPerResult() throws Exception {
        Path folder = folderOfDrafts();
        BatchSummary summary = new BatchScorer(engine, 2).score(List.of(folder), BatchListener.NONE,
                Cancellation.NEVER);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        BatchExport.CSV.write(summary.results(), csv);
        try (CsvRows rows = new CsvRows(csv.toString(StandardCharsets.UTF_8))) {
            assertEquals(BatchExport.COLUMNS, rows.next().values());
            List<String> first = rows.next().values();
            assertEquals(List.of(folder.resolve("a-sales.txt").toString(), "", "", "sales"), first.subList(0, 4));
            assertEquals(SALES, first.get(BatchExport.COLUMNS.indexOf("text")));
            List<String> csvRow = rows.next().values();
            assertEquals("# Home\n\n" + MARKETING, csvRow.get(BatchExport.COLUMNS.indexOf("text")),
                    "multi-line text survives the round trip");
            int count = 2;
            while (rows.next() != null) {
                count++;
            }
            assertEquals(summary.results().size(), count);
        }

        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        BatchExport.JSONL.write(summary.results(), jsonl);
        String[] lines = jsonl.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(summary.results().size(), lines.length);
        var row = Json.MAPPER.readTree(lines[2]);
        assertEquals(2, row.get("line").asInt());
        assertEquals("r1", row.get("id").asText());
        assertEquals("marketing", row.get("label").asText());
        assertEquals(1.0, row.get("marketing").asDouble() + row.get("sales").asDouble(), 1e-3);
        assertFalse(Json.MAPPER.readTree(lines[0]).has("line"), "a whole-file draft has no line");
    }

    @Test
    void aDraftWhoseSentencesSplitSaysSoInBothFormats() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("letter.txt"), "We are proud to be the award-winning leader our industry "
                + "trusts. Sign the attached order by Friday and your crew starts Monday.");
        Files.writeString(folder.resolve("ask.txt"), "Sign the attached order by Friday.");
        BatchSummary summary = new BatchScorer(engine, 1).score(List.of(folder), BatchListener.NONE,
                Cancellation.NEVER);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        BatchExport.CSV.write(summary.results(), csv);
        int mixed = BatchExport.COLUMNS.indexOf("mixed");
        try (CsvRows rows = new CsvRows(csv.toString(StandardCharsets.UTF_8))) {
            rows.next();
            assertEquals("", rows.next().values().get(mixed), "ask.txt reads one way");
            assertEquals("Mixed: opens as marketing, closes as sales", rows.next().values().get(mixed));
        }
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        BatchExport.JSONL.write(summary.results(), jsonl);
        String[] lines = jsonl.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(Json.MAPPER.readTree(lines[0]).get("mixed").isNull());
        assertEquals("Mixed: opens as marketing, closes as sales", Json.MAPPER.readTree(lines[1]).get("mixed").asText());
    }

    @Test
    void exportFormatFromNameOrFileName() {
        assertEquals(BatchExport.JSONL, BatchExport.parse(" JSONL "));
        assertEquals(BatchExport.CSV, BatchExport.fromFileName(Path.of("out/results.CSV")).orElseThrow());
        assertTrue(BatchExport.fromFileName(Path.of("results.txt")).isEmpty());
    }
}
