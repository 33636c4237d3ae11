package com.usthem.app.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.TestEngine;
import com.usthem.app.settings.Theme;
import com.usthem.app.view.WindowLook;
import com.usthem.core.batch.BatchExport;
import com.usthem.core.batch.BatchResult;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Drives batch scoring as a user would, headless: choose a folder, watch the table fill, filter, sort, export. */
@ExtendWith(ApplicationExtension.class)
class BatchWindowTest {

    private static final long WAIT = 30;

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private BatchWindow window;

    @Start
    void start(Stage owner) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        window = new BatchWindow(owner, new BatchViewModel(TestEngine::shipped, TeamWorkspaces.TASKS),
                new SimpleObjectProperty<>(new WindowLook(Theme.LIGHT, 14)), dialogs);
        window.show();
    }

    private BatchViewModel model() {
        return window.model();
    }

    /** A folder of drafts: two text drafts, a CSV of two rows, a binary file posing as text, and a spreadsheet. */
    private Path drafts() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        Files.createDirectories(folder.resolve("emails"));
        Files.writeString(folder.resolve("emails/quote.txt"),
                "Hi Sam,\nYour quote for 25 laptops is attached. Sign by Friday and your crew has them Monday.");
        Files.writeString(folder.resolve("launch.md"), "# Spring launch\n\nWe are thrilled to introduce our boldest "
                + "collection yet. Our designers travelled the world for it.");
        Files.writeString(folder.resolve("headlines.csv"), "id,text\nh1,Join thousands of teams who love our award-winning "
                + "app.\nh2,Book your 20-minute setup call for Tuesday.\n");
        Files.write(folder.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xff, 0, 0});
        Files.writeString(folder.resolve("budget.xlsx"), "not a draft");
        return folder;
    }

    private void scoreFolder(FxRobot robot, Path folder) throws Exception {
        dialogs.answer(folder);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !model().runningProperty().get()
                && !model().results().isEmpty());
    }

    private static List<String> places(BatchViewModel model, List<BatchResult> results) {
        return results.stream().map(r -> model.place(r.draft()) + (r.draft().line() > 0 ? ":" + r.draft().line() : ""))
                .toList();
    }

    @Test
    void aFolderWithAnUnreadableFileFillsTheTableAndListsTheFileWithItsReason(FxRobot robot) throws Exception {
        Path folder = drafts();
        scoreFolder(robot, folder);

        @SuppressWarnings("unchecked")
        TableView<BatchResult> table = robot.lookup("#batch-table").queryAs(TableView.class);
        assertEquals(List.of("emails/quote.txt", "headlines.csv:2", "headlines.csv:3", "launch.md"),
                places(model(), table.getItems()), "until a column is sorted, drafts are in their files' order");
        assertEquals(List.of("sales", "marketing", "sales", "marketing"),
                table.getItems().stream().map(r -> r.label().id()).toList());
        assertEquals("Scored 4 drafts from 4 files; 1 could not be read or scored (listed below); 1 file skipped "
                + "(not drafts).", robot.lookup("#batch-status").queryAs(Label.class).getText());
        assertEquals("4 drafts", robot.lookup("#batch-count").queryAs(Label.class).getText());

        @SuppressWarnings("unchecked")
        ListView<FileProblem> problems = robot.lookup("#batch-problems").queryAs(ListView.class);
        assertTrue(problems.isVisible());
        assertEquals(List.of(folder.resolve("scan.txt") + ": looks like a binary file, not text",
                        folder.resolve("budget.xlsx") + ": skipped: not a draft file (batch scoring reads .txt, .md, "
                                + ".csv or .jsonl)"),
                problems.getItems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void theTableSortsFiltersAndExportsWhatItShows(FxRobot robot) throws Exception {
        scoreFolder(robot, drafts());
        @SuppressWarnings("unchecked")
        TableView<BatchResult> table = robot.lookup("#batch-table").queryAs(TableView.class);

        robot.clickOn("Sales");
        List<Double> sales = table.getItems().stream().map(BatchResult::sales).toList();
        assertEquals(sales.stream().sorted().toList(), sales, "sorted by sales, lowest first");
        robot.clickOn("Sales");
        assertEquals(sales.stream().sorted(Comparator.reverseOrder()).toList(),
                table.getItems().stream().map(BatchResult::sales).toList());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("your");
        assertEquals(List.of("headlines.csv:3", "emails/quote.txt"), places(model(), table.getItems()).stream()
                .sorted(Comparator.reverseOrder()).toList());
        assertEquals("showing 2 of 4 drafts", robot.lookup("#batch-count").queryAs(Label.class).getText());
        robot.interact(() -> model().labelFilterProperty().set(com.usthem.core.Label.MARKETING));
        assertTrue(table.getItems().isEmpty());
        robot.interact(() -> model().filterTextProperty().set(""));
        assertEquals(List.of("launch.md", "headlines.csv:2"), places(model(), table.getItems()).stream()
                .sorted(Comparator.reverseOrder()).toList());

        Path csv = dir.resolve("marketing");
        dialogs.answer(csv);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        Path written = dir.resolve("marketing.csv");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#batch-notice").queryAs(Label.class)
                .getText().startsWith("Exported"));
        assertEquals("Exported 2 drafts to marketing.csv", robot.lookup("#batch-notice").queryAs(Label.class).getText());
        List<List<String>> rows = new ArrayList<>();
        CsvRows.read(Files.readString(written), BatchExport.COLUMNS, (line, reason) -> rows.add(List.of(reason)),
                (columns, row) -> rows.add(row.values()));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(row -> row.get(BatchExport.COLUMNS.indexOf("label")).equals("marketing")));

        robot.interact(() -> model().labelFilterProperty().set(null));
        dialogs.answer(dir.resolve("all.jsonl"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#batch-notice").queryAs(Label.class)
                .getText().equals("Exported 4 drafts to all.jsonl"));
        List<String> lines = Files.readAllLines(dir.resolve("all.jsonl"));
        assertEquals(4, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals(table.getItems().get(0).draft().text(), first.get("text").asText(), "in the table's order");
    }

    @Test
    void stoppingARunKeepsTheWindowUsableAndSaysItWasCancelled(FxRobot robot) throws Exception {
        Path folder = drafts();
        // A named pipe holds the run while it reads its files, so the Stop arrives mid-run on any machine.
        Path pipe = dir.resolve("waiting.txt");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        dialogs.answer(folder.resolve("launch.md"), pipe);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        assertTrue(model().runningProperty().get());
        Button stop = robot.lookup("#stop").queryAs(Button.class);
        assertFalse(stop.isDisabled());
        robot.clickOn(stop);
        try (OutputStream release = Files.newOutputStream(pipe)) {
            release.write("Reply today.".getBytes(StandardCharsets.UTF_8));
        }
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !model().runningProperty().get());
        assertEquals("Cancelled: 0 drafts scored before the stop.",
                robot.lookup("#batch-status").queryAs(Label.class).getText());
        assertTrue(stop.isDisabled());

        scoreFolder(robot, folder);
        assertEquals(4, model().results().size(), "a new run after a stop scores every draft");
    }
}
