package com.usthem.app.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TestEngine;
import com.usthem.app.settings.Theme;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.view.VerdictGauge;
import com.usthem.app.view.WindowLook;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.Json;
import com.usthem.core.room.RoomLimits;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workshop.BundledDecks;
import com.usthem.core.workshop.Deck;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopCsv;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import com.usthem.core.workspace.WorkspaceSeeder;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives workshop mode from the keyboard, as a trainer in front of a room would, headless. */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowTest {

    static final String SALES = "If you sign today, your crew starts Tuesday. Reply to confirm your order.";
    static final String MARKETING = "We are proud to announce our award-winning platform. "
            + "Our brand has led the industry for thirty years.";
    private static final long WAIT = 30;
    private static final Deck FIRST_DECK = BundledDecks.all().get(0);

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger corpusChanges = new AtomicInteger();
    private final AtomicReference<ScoringEngine> engine = new AtomicReference<>(TestEngine.shipped());
    private WorkshopWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        // The app's own window sets the theme for all its windows.
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
        Workspace workspace = WorkspaceSeeder.seed(new Workspace(dir.resolve("workspace")));
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspace, clock);
        WorkshopViewModel model = new WorkshopViewModel(engine::get, () -> corpus, corpusChanges::incrementAndGet,
                clock, new CurrentThreadTaskExecutor());
        RoomViewModel room = new RoomViewModel(model, List::of, RoomLimits.DEFAULT, new CurrentThreadTaskExecutor());
        window = new WorkshopWindow(model, room, new SimpleObjectProperty<>(new WindowLook(Theme.LIGHT, 14)), dialogs,
                opened::add);
        // Headless Monocle cannot render a full-screen stage; under a real display show() goes full screen.
        window.show(false);
        window.stage().setHeight(720);
    }

    private WorkshopViewModel model() {
        return window.model();
    }

    /**
     * A label's text, read on the FX thread: the window sets the verdict and its detail in one FX
     * event, and a read from the test thread could fall between the two.
     */
    private static String text(FxRobot robot, String id) throws Exception {
        Label label = robot.lookup(id).queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(label::getText).get(WAIT, TimeUnit.SECONDS);
    }

    private void startFirstDeck(FxRobot robot) throws Exception {
        robot.clickOn("#deck-1");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == WorkshopViewModel.Phase.PLAYING);
    }

    /** Types a rewrite and presses Enter; returns once the verdict is on screen, the marker at rest. */
    private Rewrite reveal(FxRobot robot, String rewrite) throws Exception {
        robot.clickOn("#rewrite").write(rewrite).type(KeyCode.ENTER);
        // Wait for this rewrite's own verdict: the previous one may still be on screen for a moment.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            Rewrite shown = model().revealedProperty().get();
            return shown != null && shown.text().equals(rewrite)
                    && text(robot, "#workshop-verdict").startsWith(shown.label().id().toUpperCase(java.util.Locale.ROOT));
        });
        return model().revealedProperty().get();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
    }

    @Test
    void aRoundWithTwoRewritesAVoteARevealAndAnExport(FxRobot robot) throws Exception {
        startFirstDeck(robot);
        String firstPrompt = FIRST_DECK.prompts().get(0).text();
        assertEquals("\u201c" + firstPrompt + "\u201d", text(robot, "#prompt"));
        assertEquals("Prompt 1 of " + FIRST_DECK.prompts().size(), text(robot, "#prompt-position"));
        assertEquals("Rewrite as SALES  (marketing \u2192 sales)", text(robot, "#prompt-direction"));
        assertEquals("?", text(robot, "#workshop-verdict"));
        VerdictGauge gauge = robot.lookup("#workshop-gauge").queryAs(VerdictGauge.class);
        double promptSales = model().roundProperty().get().promptScore().sales();
        assertEquals(promptSales, gauge.salesProperty().get(), 1e-9, "the marker rests on the prompt's score");

        robot.clickOn("#rewrite").write(SALES);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertTrue(robot.lookup("#vote-sales").queryAs(ToggleButton.class).isSelected());
        assertEquals("?", text(robot, "#workshop-verdict"), "nothing is revealed before Enter");
        List<Double> marker = new CopyOnWriteArrayList<>();
        List<Double> markerWhenShown = new CopyOnWriteArrayList<>();
        gauge.salesProperty().addListener((observable, old, now) -> marker.add(now.doubleValue()));
        robot.lookup("#workshop-verdict").queryAs(Label.class).textProperty().addListener((observable, old, now) -> {
            if (now.startsWith("SALES")) {
                markerWhenShown.add(gauge.salesProperty().get());
            }
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#workshop-verdict").startsWith("SALES"));
        Rewrite first = model().revealedProperty().get();
        assertEquals(com.usthem.core.Label.SALES, first.label());
        assertEquals(com.usthem.core.Label.SALES, first.roomVote());
        assertEquals(String.format("SALES  %.0f%%", 100 * first.sales()), text(robot, "#workshop-verdict"));
        assertEquals("\u201c" + SALES + "\u201d", text(robot, "#shown-rewrite"), "the room sees what it voted on");
        assertTrue(text(robot, "#workshop-verdict-detail").endsWith("The room voted sales: agreed \u2713"),
                text(robot, "#workshop-verdict-detail"));
        // The marker travelled from the prompt's score to the rewrite's, and the verdict showed once it was there.
        assertEquals(first.sales(), marker.get(marker.size() - 1), 1e-9);
        assertTrue(marker.stream().allMatch(v -> v >= promptSales - 1e-9 && v <= first.sales() + 1e-9),
                marker.toString());
        assertEquals(List.of(first.sales()), markerWhenShown);
        assertEquals("", robot.lookup("#rewrite").queryAs(javafx.scene.control.TextField.class).getText());
        assertFalse(robot.lookup("#vote-sales").queryAs(ToggleButton.class).isSelected(), "the vote was for that rewrite");

        robot.clickOn("#author").write("Dana");
        Rewrite second = reveal(robot, MARKETING);
        assertEquals(com.usthem.core.Label.MARKETING, second.label());
        assertEquals("Dana", second.author());
        assertTrue(text(robot, "#workshop-verdict").startsWith("MARKETING"));
        assertEquals("\u201c" + MARKETING + "\u201d \u2014 Dana", text(robot, "#shown-rewrite"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> text(robot, "#workshop-verdict-detail").endsWith("The room did not vote."));

        @SuppressWarnings("unchecked")
        TableView<Rewrite> table = robot.lookup("#round-table").queryAs(TableView.class);
        assertEquals(List.of(first, second), table.getItems());
        assertEquals("Toward sales", table.getColumns().get(5).getText());
        assertEquals("Room and model agreed on 1 of 1 vote (100%)", text(robot, "#tally"));

        Path out = Files.createDirectories(dir.resolve("exports"));
        dialogs.answer(out);
        press(robot, KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#open-report").queryAs(Node.class)
                .isVisible());
        String base = "workshop-marketing-lines-to-rewrite-as-sales-2026-11-28-";
        List<Path> files = list(out);
        assertEquals(2, files.size(), files.toString());
        Path csv = files.stream().filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        Path html = files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        assertTrue(csv.getFileName().toString().startsWith(base), csv.toString());
        List<List<String>> rows = new ArrayList<>();
        CsvRows.read(Files.readString(csv), WorkshopCsv.COLUMNS, (line, reason) -> rows.add(List.of("bad", reason)),
                (columns, row) -> rows.add(row.values()));
        assertEquals(2, rows.size(), rows.toString());
        int rewriteColumn = WorkshopCsv.COLUMNS.indexOf("rewrite");
        int voteColumn = WorkshopCsv.COLUMNS.indexOf("room_vote");
        assertEquals(List.of(SALES, MARKETING), rows.stream().map(r -> r.get(rewriteColumn)).toList());
        assertEquals(List.of("sales", ""), rows.stream().map(r -> r.get(voteColumn)).toList());
        assertEquals(firstPrompt, rows.get(0).get(WorkshopCsv.COLUMNS.indexOf("prompt")));
        String page = Files.readString(html);
        assertTrue(page.contains("Room and model agreed on 1 of 1 vote (100%)"), "the tally is in the report");
        assertTrue(page.contains("Dana"));
        assertFalse(model().unexportedProperty().get());

        robot.clickOn("#open-report");
        assertEquals(List.of(html.toUri().toString()), opened);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void keptRewritesJoinTheWorkspaceCorpusAsWorkshopExamples(FxRobot robot) throws Exception {
        startFirstDeck(robot);
        Rewrite rewrite = reveal(robot, SALES);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> model().kept().containsKey(rewrite.key()));
        assertEquals(com.usthem.core.Label.MARKETING, model().kept().get(rewrite.key()),
                "the trainer's label, not the model's");
        assertTrue(text(robot, "#workshop-notice").startsWith("Rewrite 1 kept as a marketing example"));

        Workspace workspace = new Workspace(dir.resolve("workspace"));
        List<String> lines = Files.readAllLines(workspace.userCorpus());
        assertEquals(1, lines.size(), lines.toString());
        JsonNode example = Json.MAPPER.readTree(lines.get(0));
        assertEquals(SALES, example.get("text").asText());
        assertEquals("marketing", example.get("label").asText());
        assertEquals("workshop", example.get("source").asText());
        assertEquals(FIRST_DECK.title(), example.get("deck").asText());
        assertEquals("to-sales", example.get("direction").asText());
        assertEquals(1, corpusChanges.get(), "the app's other views are told the corpus changed");

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#workshop-notice").contains("already"));
        assertEquals("Rewrite 1 is already in the corpus: not added again.", text(robot, "#workshop-notice"));
        assertEquals(1, Files.readAllLines(workspace.userCorpus()).size());
    }

    @Test
    void promptsVotesAndEmptyRewritesByKeyboard(FxRobot robot) throws Exception {
        startFirstDeck(robot);
        robot.clickOn("#rewrite");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Prompt 2 of " + FIRST_DECK.prompts().size(), text(robot, "#prompt-position"));
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP);
        assertEquals("Prompt 1 of " + FIRST_DECK.prompts().size(), text(robot, "#prompt-position"));

        press(robot, KeyCode.CONTROL, KeyCode.M);
        assertEquals(com.usthem.core.Label.MARKETING, model().voteProperty().get());
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertEquals(com.usthem.core.Label.SALES, model().voteProperty().get());
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertEquals(null, model().voteProperty().get(), "voting the same way again takes the vote back");

        robot.type(KeyCode.ENTER);
        assertEquals("Type the rewrite first, then reveal.", text(robot, "#workshop-notice"));
        assertTrue(model().roundRewrites().isEmpty());

        Rewrite typo = reveal(robot, "Sign today and your order ships free.");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.BACK_SPACE);
        assertTrue(model().roundRewrites().isEmpty(), "the rewrite typed by mistake was taken back");
        assertFalse(model().sessionProperty().get().allRewrites().contains(typo));
        assertEquals("?", text(robot, "#workshop-verdict"));
    }

    @Test
    void typeFollowsTheScreenHeight(FxRobot robot) throws Exception {
        Node root = window.stage().getScene().getRoot();
        assertEquals("-fx-font-size: 16.0px;", root.getStyle(), "720 lines / 45");
        robot.clickOn("#deck-1");
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals("-fx-font-size: 17.6px;", root.getStyle());
        VerdictGauge gauge = robot.lookup("#workshop-gauge").queryAs(VerdictGauge.class);
        assertEquals(17.6 * 0.14, gauge.thicknessProperty().get(), 1e-9);
    }

    @Test
    void aDeckFileWithBadLinesIsPlayedWithItsGoodPromptsAndTheBadLinesNamed(FxRobot robot) throws Exception {
        Path deck = dir.resolve("friday.txt");
        Files.writeString(deck, "# title: Friday drills\n# direction: to-sales\nOur brand is trusted worldwide.\n"
                + "[to-nowhere] Something odd.\n[to-marketing] Reply by Friday to keep your rate.\n");
        dialogs.answer(deck);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == WorkshopViewModel.Phase.PLAYING);
        assertEquals("Friday drills", text(robot, "#deck-title"));
        assertEquals("Prompt 1 of 2", text(robot, "#prompt-position"));
        List<String> banner = robot.lookup(".banner-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("1 line of the deck could not be read and is left out: " + deck
                + ":4: unknown direction 'to-nowhere' (expected 'to-sales' or 'to-marketing')"), banner);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Rewrite as MARKETING  (sales \u2192 marketing)", text(robot, "#prompt-direction"));
    }

    @Test
    void aDeckWithoutAGoodPromptStaysOnThePickerWithItsProblemsListed(FxRobot robot) throws Exception {
        Path deck = dir.resolve("broken.jsonl");
        Files.writeString(deck, "{\"prompt\": \"Our brand\"}\nnot json\n");
        dialogs.answer(deck);
        robot.clickOn("#open-deck");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !model().deckProblems().isEmpty());
        assertEquals(WorkshopViewModel.Phase.CHOOSING_DECK, model().phaseProperty().get());
        List<String> listed = robot.from(robot.lookup("#deck-problems").queryAs(Node.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(4, listed.size(), listed.toString());
        assertTrue(listed.get(1).startsWith(deck + ":1: missing \"direction\""), listed.toString());
        assertTrue(listed.get(2).startsWith(deck + ":2: "), listed.toString());
        assertEquals(deck + ": no prompts in this deck", listed.get(3));
        assertEquals("The deck broken.jsonl has no prompt to play: see the lines listed.",
                text(robot, "#workshop-notice"));
    }

    @Test
    void theSessionTakesTheModelInUseWhenItStarts(FxRobot robot) throws Exception {
        engine.set(null);
        robot.clickOn("#deck-2");
        assertEquals("The model is still loading: choose the deck again in a moment.", text(robot, "#workshop-notice"));
        assertEquals(WorkshopViewModel.Phase.CHOOSING_DECK, model().phaseProperty().get());
        engine.set(TestEngine.shipped());
        robot.clickOn("#deck-2");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == WorkshopViewModel.Phase.PLAYING);
        assertEquals(BundledDecks.all().get(1).title(), text(robot, "#deck-title"));
    }

    @Test
    void closingWithRewritesNotExportedAsksFirst(FxRobot robot) throws Exception {
        startFirstDeck(robot);
        reveal(robot, SALES);
        press(robot, KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("Discard the session").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertTrue(window.stage().isShowing());
        assertEquals(1, model().roundRewrites().size());
        press(robot, KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("Discard the session").tryQuery().isPresent());
        robot.clickOn("Discard the session");
        assertFalse(window.stage().isShowing());
    }
}
