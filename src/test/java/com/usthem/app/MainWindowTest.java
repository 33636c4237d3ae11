package com.usthem.app;

import com.usthem.app.score.ModelSummary;
import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.settings.Theme;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.PronounCount;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the write-and-score window as a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final String SALES = "If you sign today, your crew starts Tuesday. Reply to confirm your order.";
    static final String MARKETING = "We are proud to announce our award-winning platform. "
            + "Our brand has led the industry for thirty years.";
    private static final long WAIT = 30;

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = open(stage, CompletableFuture.completedFuture(TestEngine.shipped()));
    }

    private MainWindow open(Stage on, CompletionStage<ScoringEngine> model) {
        return TeamWorkspaces.mainWindow(on, settingsFile(), model, new ScriptedFileDialogs());
    }

    private Path settingsFile() {
        return dir.resolve("config/usthem/settings.json");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(WAIT, TimeUnit.SECONDS);
    }

    private StyleClassedTextArea area() {
        return window.editor().area();
    }

    private String verdict(FxRobot robot) {
        return robot.lookup("#verdict").queryAs(Label.class).getText();
    }

    private void waitForVerdict(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> verdict(robot).equals(expected)
                && window.scores().getPhase() == Phase.SCORED);
    }

    @Test
    void typingASalesSentenceGivesTheSalesVerdictAndAMarketingOneFlipsIt(FxRobot robot) throws Exception {
        assertEquals("UsThem", stage.getTitle());
        robot.clickOn("#editor").write(SALES);
        waitForVerdict(robot, "Sales");
        String words = robot.lookup("#verdict-words").queryAs(Label.class).getText();
        assertTrue(words.matches("(Strongly|Clearly|Leans) sales: \\d+% sales, \\d+% marketing"), words);
        assertTrue(stage.getTitle().startsWith("UsThem"), stage.getTitle());

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(MARKETING);
        waitForVerdict(robot, "Marketing");
        String counts = robot.lookup("#pronoun-counts").queryAs(Label.class).getText();
        assertEquals("We-words 3, you-words 0: customer focus 0%", counts);
    }

    @Test
    void eachSentenceIsShadedAndCueWordsAreMarkedByKind(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write(SALES);
        waitForVerdict(robot, "Sales");
        int you = SALES.indexOf("you");
        assertTrue(area().getStyleOfChar(you).stream().anyMatch(c -> c.startsWith("shade-sales-")),
                area().getStyleOfChar(you).toString());
        assertTrue(area().getStyleOfChar(you).contains("cue-you"), area().getStyleOfChar(you).toString());
        // The editor draws the new styles on its next layout pass.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> onFx(() -> textsIn(area())).stream()
                .anyMatch(text -> text.getStyleClass().contains("cue-you") && text.getText().equals("you")));
        assertTrue(onFx(() -> textsIn(area())).stream().anyMatch(text -> text.getStyleClass().stream()
                .anyMatch(c -> c.startsWith("shade-sales-"))), "a sales sentence is drawn shaded");

        robot.clickOn("#legend-you");
        assertFalse(robot.lookup("#legend-you").queryAs(CheckBox.class).isSelected());
        assertFalse(area().getStyleOfChar(you).contains("cue-you"), "hidden kinds are not marked");
        assertTrue(area().getStyleOfChar(you).stream().anyMatch(c -> c.startsWith("shade-sales-")));
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        assertTrue(area().getStyleOfChar(you).contains("cue-you"), "Alt+1 shows the cues of us vs. them again");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        assertFalse(robot.lookup("#legend-we").queryAs(CheckBox.class).isSelected(), "and hides them all when shown");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        robot.clickOn("#legend-shading");
        assertTrue(area().getStyleOfChar(you).stream().noneMatch(c -> c.startsWith("shade-")));
    }

    /** The text nodes the editor draws (TestFX's lookup does not reach into RichTextFX's virtual flow). */
    private static List<Text> textsIn(Node node) {
        List<Text> texts = new ArrayList<>();
        if (node instanceof Text text) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(textsIn(child)));
        }
        return texts;
    }

    @Test
    void hoveringASentenceShowsItsScore(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write(SALES);
        waitForVerdict(robot, "Sales");
        Bounds letter = onFx(() -> area().getCharacterBoundsOnScreen(3, 4)).orElseThrow();
        robot.moveTo(new Point2D(letter.getCenterX(), letter.getCenterY()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> sentenceTooltip(robot).isPresent());
        String tip = sentenceTooltip(robot).orElseThrow().getText();
        assertTrue(tip.matches("Sentence 1: (strongly|clearly|leans) (sales|marketing)\n\\d+% sales, \\d+% marketing"),
                tip);
    }

    private static Optional<Tooltip> sentenceTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).filter(t -> t.getText() != null && t.getText().startsWith("Sentence "))
                .findFirst();
    }

    @Test
    void theWhyPanelExplainsTheTextAndTheSentenceWithTheCaret(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write(SALES + " " + MARKETING);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().getPhase() == Phase.SCORED);
        List<String> whole = texts(robot, "#reasons-text");
        assertTrue(whole.contains("Toward sales"), whole.toString());
        assertTrue(whole.contains("Toward marketing"), whole.toString());
        assertTrue(whole.stream().anyMatch(line -> line.matches(".+ \u2192 (sales|marketing)")), whole.toString());

        robot.interact(() -> area().moveTo(SALES.length() + 5));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().selectedSentenceProperty().get() != null
                && window.scores().selectedSentenceProperty().get().text().startsWith("We are proud"));
        List<String> sentence = texts(robot, "#reasons");
        assertTrue(sentence.stream().anyMatch(line -> line.startsWith("Sentence 3: ")), sentence.toString());
        assertTrue(sentence.contains("\u201cWe are proud to announce our award-winning platform.\u201d"),
                sentence.toString());
        assertTrue(texts(robot, "#reasons-sentence").contains("Toward marketing"));
    }

    private static List<String> texts(FxRobot robot, String parent) {
        Node node = robot.lookup(parent).query();
        return robot.from(node).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void aFiveThousandWordPasteDoesNotFreezeTheWindow(FxRobot robot) throws Exception {
        ScoringGate gate = new ScoringGate();
        // Holds back the scoring of the long paste, so the click below happens while it is running.
        robot.interact(() -> window.scores().setScorer(gate.around(TestEngine.shipped(), text -> text.length() > 10_000)));
        String paste = fiveThousandWords();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(paste);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals(paste.length(), area().getLength());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, gate::isHolding);

        robot.clickOn("#legend-we");
        assertFalse(robot.lookup("#legend-we").queryAs(CheckBox.class).isSelected(),
                "the click was handled while the paste was being scored");
        assertEquals(Phase.SCORING, window.scores().getPhase());

        gate.release();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().getPhase() == Phase.SCORED);
        ScoredText result = window.scores().getResult();
        assertEquals(paste, result.text());
        int lastSentence = result.score().sentences().get(result.score().sentences().size() - 1).start();
        assertTrue(area().getStyleOfChar(lastSentence + 1).stream().anyMatch(c -> c.startsWith("shade-")));
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        assertTrue(robot.lookup("#legend-we").queryAs(CheckBox.class).isSelected());
    }

    static String fiveThousandWords() {
        String[] sentences = {
                "Our award-winning team has served families across the region since 1998.",
                "If you sign the proposal by Friday, your crew starts on Monday morning.",
                "Imagine a home that runs on clean, quiet energy from the sun.",
                "Your quote of $1,200 is valid until the 30th, so reply today to lock it in."};
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int i = 0; words < 5000; i++) {
            String sentence = sentences[i % sentences.length].replace(".", " (" + i + ").");
            text.append(sentence).append(i % 5 == 4 ? "\n\n" : " ");
            words += sentence.split("\\s+").length;
        }
        return text.toString();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAMessageNamingTheFileAndLine(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write("Kept as it was.");
        Path latin1 = dir.resolve("brochure.txt");
        Files.write(latin1, "First line\nCaf\u00e9 au lait for everyone\n".getBytes(StandardCharsets.ISO_8859_1));
        robot.interact(() -> window.draft().modifiedProperty().set(false));
        robot.interact(() -> window.open(latin1));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !window.banner().messages().isEmpty());
        assertEquals(List.of("Could not open the draft: " + latin1
                + ":2: not valid UTF-8 text; save the file as UTF-8 and try again"), window.banner().messages());
        assertTrue(robot.lookup("#banner").queryAs(Node.class).isVisible());
        assertEquals("Kept as it was.", area().getText());

        robot.clickOn("Dismiss");
        assertTrue(window.banner().messages().isEmpty());
        assertFalse(robot.lookup("#banner").queryAs(Node.class).isVisible());
    }

    @Test
    void openingAndSavingADraftNamesItInTheTitle(FxRobot robot) throws Exception {
        Path draft = dir.resolve("offer.md");
        Files.writeString(draft, SALES + "\n");
        robot.interact(() -> window.open(draft));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> stage.getTitle().equals("UsThem \u2014 offer.md"));
        assertEquals(SALES + "\n", area().getText());
        waitForVerdict(robot, "Sales");

        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL).write("Call me.");
        assertEquals("UsThem \u2014 offer.md (unsaved changes)", stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> stage.getTitle().equals("UsThem \u2014 offer.md"));
        assertEquals(SALES + "\nCall me.", Files.readString(draft));
    }

    @Test
    void theFirstLaunchShowsHowToStartWithASampleToTry(FxRobot robot) throws Exception {
        Label heading = robot.lookup(".welcome-heading").queryAs(Label.class);
        assertEquals("Welcome to UsThem", heading.getText());
        assertTrue(robot.lookup("#welcome").queryAs(Node.class).isVisible());
        robot.clickOn("#try-sample");
        assertTrue(area().getText().startsWith("At Brightline, we have spent twenty years"), area().getText());
        assertFalse(robot.lookup("#welcome").queryAs(Node.class).isVisible());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().getPhase() == Phase.SCORED);
        assertEquals("UsThem", stage.getTitle(), "the sample is not an unsaved draft of the user's");

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertFalse(stage.isShowing());
        assertTrue(Files.readString(settingsFile()).contains("\"firstLaunchSeen\" : true"));
        AtomicReference<MainWindow> second = new AtomicReference<>();
        robot.interact(() -> second.set(open(new Stage(), CompletableFuture.completedFuture(TestEngine.shipped()))));
        List<String> headings = robot.lookup(".welcome-heading").queryAllAs(Label.class).stream()
                .filter(label -> label.getScene().getWindow().isShowing()).map(Label::getText).toList();
        assertEquals(List.of("Paste or type your copy"), headings);
    }

    @Test
    void themeAndTextSizeChangeByKeyboardAndAreRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("theme-dark"));
        assertEquals(Theme.DARK.userAgentStylesheet(), javafx.application.Application.getUserAgentStylesheet());
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        assertEquals(1.5, window.settings().fontScale(), 1e-9);
        assertEquals("-fx-font-size: 21.0px;", stage.getScene().getRoot().getStyle());
        robot.interact(() -> stage.setWidth(900));
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);

        var saved = new SettingsStore(settingsFile()).load().settings();
        assertEquals(Theme.DARK, saved.theme());
        assertEquals(1.5, saved.fontScale(), 1e-9);
        assertEquals(900, saved.windowWidth(), 1e-9);
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet()));
    }

    @Test
    void helpListsAShortcutForEveryAction(FxRobot robot) throws Exception {
        robot.clickOn("#editor").type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts").tryQuery().isPresent());
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<String> cells = grid.getChildren().stream().map(node -> ((Label) node).getText()).toList();
        for (String expected : List.of("Open\u2026", "Save", "Copy report to clipboard", "Switch light/dark theme",
                "Larger text", "Highlight the cues of Us vs. them on/off", "Keyboard shortcuts", "About UsThem", "Undo")) {
            int index = cells.indexOf(expected);
            assertTrue(index >= 0, expected + " missing from " + cells);
            assertFalse(cells.get(index + 1).isBlank(), expected + " has no keys");
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts").tryQuery().isEmpty());
    }

    @Test
    void theAboutBoxNamesTheModelAndItsTestAccuracy(FxRobot robot) throws Exception {
        robot.clickOn("#editor").press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#about").tryQuery().isPresent());
        List<String> lines = robot.from(robot.lookup("#about").queryAs(Node.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(lines.contains("Model: the default model shipped with UsThem."), lines.toString());
        String accuracy = ModelSummary.testAccuracy(TestEngine.shipped().loaded().model().metadata());
        assertTrue(lines.stream().anyMatch(line -> line.equalsIgnoreCase(accuracy + ".")), lines.toString());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theReportOnTheClipboardIsPlainText(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write(SALES);
        waitForVerdict(robot, "Sales");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String report = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertNotNull(report);
        assertTrue(report.startsWith("UsThem verdict\nVerdict: sales ("), report);
        assertTrue(report.contains("We-words 0, you-words 3: customer focus 100%"), report);
        assertEquals("Report copied to the clipboard.", robot.lookup("#notice").queryAs(Label.class).getText());
    }

    @Test
    void whenTheCountAndTheModelDisagreeThePanelSaysSo(FxRobot robot) throws Exception {
        ScoringEngine engine = TestEngine.shipped();
        // A verdict of sales on copy with more we-words than you-words, whatever the shipped model makes of it.
        robot.interact(() -> window.scores().setScorer(text -> {
            ScoredText real = engine.score(text);
            TextScore score = real.score();
            return new ScoredText(text, new TextScore(0.2, 0.8, score.sentences(), score.cues(), new PronounCount(3, 1),
                    score.features()), real.explained(), real.reasons(), real.sentenceReasons());
        }));
        robot.clickOn("#editor").write("We can start Monday if the contract is signed by Friday.");
        waitForVerdict(robot, "Sales");
        Label note = robot.lookup("#disagreement").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("The we/you count alone says marketing; the model says sales"),
                note.getText());
    }

    @Test
    void modelWarningsAreShownInTheBanner(FxRobot robot) throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace.resolve("models"));
        Files.writeString(workspace.resolve("models/v0001.bin"), "not a model");
        Files.writeString(workspace.resolve("models/current"), "v0001\n");
        ScoringEngine fallback = ScoringEngine.load(new com.usthem.core.workspace.Workspace(workspace));
        MainWindow warned = onFx(() -> open(new Stage(), CompletableFuture.completedFuture(fallback)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> warned.scores().getPhase() != Phase.LOADING_MODEL);
        List<String> messages = warned.banner().messages();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Model: " + workspace.resolve("models/v0001.bin")), messages.get(0));
        assertEquals("Model: using the default model instead", messages.get(1));
    }

    @Test
    void aModelThatCannotBeLoadedIsReportedInsteadOfAVerdict(FxRobot robot) throws Exception {
        MainWindow broken = onFx(() -> open(new Stage(),
                CompletableFuture.failedFuture(new ModelLoadException("the default model cannot be read (x)"))));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> broken.scores().getPhase() == Phase.FAILED);
        assertEquals(List.of("No model could be loaded, so nothing can be scored: the default model cannot be read (x)"),
                broken.banner().messages());
        assertEquals("Could not score", robot.from(broken.editor().getScene().getRoot()).lookup("#verdict")
                .queryAs(Label.class).getText());
    }
}
