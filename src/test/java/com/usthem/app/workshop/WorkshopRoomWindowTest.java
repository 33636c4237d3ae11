package com.usthem.app.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TestEngine;
import com.usthem.app.settings.Theme;
import com.usthem.app.task.FxTaskExecutor;
import com.usthem.app.view.WindowLook;
import com.usthem.core.io.Json;
import com.usthem.core.room.PhoneClient;
import com.usthem.core.room.RoomEntrance;
import com.usthem.core.room.RoomLimits;
import com.usthem.core.room.Submission;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import com.usthem.core.workspace.WorkspaceSeeder;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workshop mode with a room open on loopback: phones join, send rewrites and vote over real HTTP
 * from the test, and the trainer's screen follows them, as a trainer in front of a room sees it.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopRoomWindowTest {

    private static final long WAIT = 30;
    /** Markup, a script and a mnemonic underscore: shown as typed, never run or eaten. */
    private static final String MALLORY = "<script>alert('x')</script>_Mal";
    private static final String MARKUP_REWRITE = "<img src=x onerror=alert(1)> We are <b>proud</b> of our brand & history.";

    @TempDir
    Path dir;

    private final AtomicReference<List<InetAddress>> network = new AtomicReference<>(List.of(loopback()));
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private WorkshopWindow window;
    private Workspace workspace;

    @Start
    void start(Stage ignored) throws Exception {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
        workspace = WorkspaceSeeder.seed(new Workspace(dir.resolve("workspace")));
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspace, clock);
        // The app's own executor: the room calls in on its server's threads, as it does in the app.
        FxTaskExecutor tasks = new FxTaskExecutor();
        WorkshopViewModel model = new WorkshopViewModel(TestEngine::shipped, () -> corpus, () -> { }, clock, tasks);
        RoomViewModel room = new RoomViewModel(model, () -> network.get(), RoomLimits.DEFAULT, tasks);
        window = new WorkshopWindow(model, room, new SimpleObjectProperty<>(new WindowLook(Theme.LIGHT, 14)), dialogs,
                null);
        window.show(false);
        window.stage().setWidth(1280);
        window.stage().setHeight(800);
    }

    @AfterEach
    void closeTheRoom() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.room().close()).get(WAIT, TimeUnit.SECONDS);
    }

    private static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    private RoomViewModel room() {
        return window.room();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
    }

    private static String text(FxRobot robot, String id) throws Exception {
        Label label = robot.lookup(id).queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(label::getText).get(WAIT, TimeUnit.SECONDS);
    }

    /** Waits until the condition holds, read on the FX thread, where the window changes. */
    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition)
                .get(WAIT, TimeUnit.SECONDS));
    }

    private void startDeck(FxRobot robot) throws Exception {
        robot.clickOn("#deck-1");
        await(() -> window.model().phaseProperty().get() == WorkshopViewModel.Phase.PLAYING);
    }

    private RoomEntrance openRoom(FxRobot robot) throws Exception {
        press(robot, KeyCode.CONTROL, KeyCode.R);
        await(() -> room().entranceProperty().get() != null);
        return room().entranceProperty().get();
    }

    /** The state events of a phone's stream until one matches; events may be merged, so earlier ones can be missing. */
    private static JsonNode awaitState(BlockingQueue<String> events, Predicate<JsonNode> wanted) throws Exception {
        while (true) {
            String event = PhoneClient.next(events);
            if (event.startsWith("state ")) {
                JsonNode state = Json.MAPPER.readTree(event.substring(6));
                if (wanted.test(state)) {
                    return state;
                }
            }
        }
    }

    /** Waits until the room's list shows these headers, read from the text drawn on screen (after a layout pass). */
    private static void awaitShownInList(FxRobot robot, List<String> headers) throws Exception {
        Node list = robot.lookup("#room-submissions").query();
        await(() -> robot.from(list).lookup(".submission-header").queryAllAs(Label.class).stream()
                .map(label -> label.lookupAll(".text").stream().map(text -> ((Text) text).getText())
                        .reduce("", String::concat)).filter(line -> !line.isEmpty()).toList().equals(headers));
    }

    @Test
    void phonesJoinSendAndVoteAndTheTrainersScreenFollows(FxRobot robot) throws Exception {
        startDeck(robot);
        assertFalse(room().entranceProperty().get() != null, "no room until the trainer opens one");
        RoomEntrance entrance = openRoom(robot);
        URI address = entrance.address();
        assertEquals(loopback().getHostAddress(), address.getHost());

        // The projector's join screen: the address, the code, and a QR code that reads as the address.
        assertTrue(robot.lookup("#join-screen").tryQuery().isPresent());
        assertEquals(address.toString(), text(robot, "#join-address"));
        assertEquals("Room code " + entrance.code(), text(robot, "#join-code"));
        assertEquals(address.toString(), decode(robot.lookup("#join-qr").queryAs(ImageView.class).getImage()));

        PhoneClient mallory = new PhoneClient(address);
        String malloryKey = mallory.join(MALLORY);
        PhoneClient priya = new PhoneClient(address);
        String priyaKey = priya.join("Priya");
        BlockingQueue<String> priyasScreen = priya.events();
        PhoneClient lee = new PhoneClient(address);
        String leeKey = lee.join("Lee");
        await(() -> text(robot, "#join-people").equals("3 joined so far"));

        press(robot, KeyCode.CONTROL, KeyCode.J);
        assertTrue(robot.lookup("#room-panel").tryQuery().isPresent(), "the prompt, with the room beside it");
        mallory.post("submit", Map.of("participant", malloryKey, "prompt", 1, "text", MARKUP_REWRITE));
        priya.post("submit", Map.of("participant", priyaKey, "prompt", 1, "text", WorkshopWindowTest.SALES));
        await(() -> room().submissions().size() == 2);
        // Newest first, and the name as typed: markup and all, the underscore not taken for a mnemonic.
        awaitShownInList(robot, List.of("#2 \u00b7 Priya", "#1 \u00b7 " + MALLORY));
        @SuppressWarnings("unchecked")
        TableView<Rewrite> table = robot.lookup("#round-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "no verdict is shown before the room has voted");

        @SuppressWarnings("unchecked")
        ListView<Submission> list = robot.lookup("#room-submissions").queryAs(ListView.class);
        clickOnText(robot, "#2 \u00b7 Priya");
        press(robot, KeyCode.CONTROL, KeyCode.U);
        JsonNode up = awaitState(priyasScreen, state -> state.hasNonNull("vote"));
        assertEquals(WorkshopWindowTest.SALES, up.at("/vote/text").asText());
        assertEquals("\u201c" + WorkshopWindowTest.SALES + "\u201d \u2014 Priya", text(robot, "#shown-rewrite"));
        assertEquals("?", text(robot, "#workshop-verdict"));

        int submission = up.at("/vote/submission").asInt();
        mallory.post("vote", Map.of("participant", malloryKey, "submission", submission, "side", "marketing"));
        priya.post("vote", Map.of("participant", priyaKey, "submission", submission, "side", "sales"));
        lee.post("vote", Map.of("participant", leeKey, "submission", submission, "side", "sales"));
        // A rewrite arriving meanwhile goes on top; the trainer's choice stays chosen.
        lee.post("submit", Map.of("participant", leeKey, "prompt", 1, "text", "Sign today and we install Monday."));
        await(() -> text(robot, "#workshop-verdict-detail").startsWith("Up for the vote on the phones: 3 votes"));
        await(() -> list.getItems().size() == 3);
        assertEquals("Priya", list.getSelectionModel().getSelectedItem().participant().name());

        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        await(() -> text(robot, "#workshop-verdict").startsWith("SALES"));
        assertEquals("Room: 2 sales, 1 marketing", text(robot, "#room-vote"), "the room's split beside the model's verdict");
        assertTrue(text(robot, "#workshop-verdict-detail").endsWith("The room voted sales: agreed \u2713"));
        JsonNode revealed = awaitState(priyasScreen, state -> state.at("/vote/revealed").asBoolean());
        assertEquals("sales", revealed.at("/vote/verdict").asText());
        assertEquals(2, revealed.at("/vote/votes/sales").asInt());
        assertEquals(1, table.getItems().size(), "the revealed rewrite joins the round table");
        Rewrite onTable = table.getItems().get(0);
        assertEquals("sales 2\u20131 \u2713", RoundTable.roomVote(onTable));
        assertEquals("Room and model agreed on 1 of 1 vote (100%)", text(robot, "#tally"));
        List<String> leaders = robot.from(robot.lookup("#room-tallies").<Node>query()).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(3, leaders.size(), leaders.toString());
        assertTrue(leaders.stream().anyMatch(line -> line.contains(MALLORY)), leaders.toString());

        // Kept as an example: the writer's name and the phones' votes go with it.
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        await(() -> window.model().kept().containsKey(onTable.key()));
        JsonNode example = Json.MAPPER.readTree(Files.readAllLines(workspace.userCorpus()).get(0));
        assertEquals("Priya", example.get("writer").asText());
        assertEquals(Map.of("marketing", 1, "sales", 2), Map.of("marketing", example.at("/votes/marketing").asInt(),
                "sales", example.at("/votes/sales").asInt()));

        // Lee's rewrite is taken back: out of the room and the session.
        clickOnText(robot, "#3 \u00b7 Lee");
        robot.clickOn("#take-back");
        await(() -> list.getItems().size() == 2);
        assertTrue(window.model().sessionProperty().get().allRewrites().stream()
                .noneMatch(rewrite -> rewrite.author().equals("Lee")));

        // The next prompt reaches the phones; the list is the new prompt's.
        robot.clickOn("#rewrite").type(KeyCode.PAGE_DOWN);
        assertEquals(2, awaitState(priyasScreen, state -> state.at("/prompt/number").asInt() == 2)
                .at("/prompt/number").asInt());
        await(() -> list.getItems().isEmpty());

        Path out = Files.createDirectories(dir.resolve("exports"));
        dialogs.answer(out);
        press(robot, KeyCode.CONTROL, KeyCode.E);
        await(() -> !window.model().unexportedProperty().get());
        Document report = Jsoup.parse(Files.readString(onlyFile(out, ".html")));
        assertTrue(report.select("script, img, b").isEmpty(), "the phones' markup stays text in the report");
        String shown = report.text();
        assertTrue(shown.contains(MALLORY) && shown.contains(MARKUP_REWRITE), "names and rewrites as typed");
        assertTrue(shown.contains("sales (2 sales, 1 marketing)"), "with the phones' votes");

        press(robot, KeyCode.CONTROL, KeyCode.R);
        await(() -> room().entranceProperty().get() == null);
        assertTrue(PhoneClient.next(priyasScreen).startsWith("closed "), "the phones are told");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> refused(address));
    }

    @Test
    void theTrainerChoosesAmongSeveralNetworksAndTheRoomClosesWithTheDeckAndTheWindow(FxRobot robot)
            throws Exception {
        startDeck(robot);
        network.set(List.of());
        press(robot, KeyCode.CONTROL, KeyCode.R);
        await(() -> text(robot, "#workshop-notice").startsWith("This computer is on no network"));
        assertFalse(room().entranceProperty().get() != null);

        InetAddress second = InetAddress.getByName("127.0.0.2");
        network.set(List.of(loopback(), second));
        press(robot, KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("Open the room").tryQuery().isPresent());
        robot.clickOn("Cancel");
        await(() -> !room().openingProperty().get());
        assertFalse(room().entranceProperty().get() != null, "no address chosen, no room");

        press(robot, KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("Open the room").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<RoomViewModel.Address> choices = robot.lookup(".combo-box").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> choices.getSelectionModel().select(1)).get(WAIT, TimeUnit.SECONDS);
        robot.clickOn("Open the room");
        await(() -> room().entranceProperty().get() != null);
        URI first = room().entranceProperty().get().address();
        assertEquals("127.0.0.2", first.getHost());

        // Another deck: the room of the old one closes.
        press(robot, KeyCode.CONTROL, KeyCode.N);
        await(() -> room().entranceProperty().get() == null);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> refused(first));

        network.set(List.of(loopback()));
        startDeck(robot);
        URI again = openRoom(robot).address();
        press(robot, KeyCode.CONTROL, KeyCode.W);
        await(() -> !window.stage().isShowing());
        assertFalse(room().entranceProperty().get() != null);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> refused(again));
    }

    /** Clicks the label with this text once the window shows it. */
    private static void clickOnText(FxRobot robot, String text) throws Exception {
        Predicate<Node> shown = node -> node instanceof Label label && label.getText().equals(text);
        await(() -> robot.lookup(shown).tryQuery().isPresent());
        robot.clickOn(robot.lookup(shown).queryAs(Label.class));
    }

    /** Whether nothing listens at the address any more. */
    private static boolean refused(URI address) throws InterruptedException {
        try {
            new PhoneClient(address).get("");
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path onlyFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /** The text a phone's camera reads from the QR code on screen. */
    private static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                pixels, 0, width);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
