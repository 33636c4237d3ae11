package com.usthem.app.team;

import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.ReviewedExample;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The examples window driven as a user would, on a small workspace of its own. */
@ExtendWith(ApplicationExtension.class)
class ExamplesWindowTest {

    private static final long WAIT = 60;

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private Workspace workspace;
    private WorkspaceSession session;
    private ExamplesViewModel model;
    private ExamplesWindow window;
    private int corpusSize;

    @Start
    void start(Stage stage) throws Exception {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace);
        model = new ExamplesViewModel(session, TeamWorkspaces.TASKS);
        window = new ExamplesWindow(TeamWorkspaces.owner(stage), model, new AppLook(AppSettings.DEFAULTS), dialogs);
        window.show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition);
    }

    private TableView<ReviewedExample> table() {
        return window.table();
    }

    private void waitForTable() throws Exception {
        waitFor(() -> session.engine() != null);
        corpusSize = session.corpus().read().entries().size();
        waitFor(() -> model.total() == corpusSize && !model.loadingProperty().get());
    }

    private String count(FxRobot robot) {
        return robot.lookup("#examples-count").queryAs(javafx.scene.control.Label.class).getText();
    }

    private List<Example> userCorpus() {
        Path file = workspace.userCorpus();
        return Files.exists(file) ? CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples() : List.of();
    }

    @Test
    void everyExampleIsListedWithTheModelsScoreAndAgreement(FxRobot robot) throws Exception {
        waitForTable();
        assertEquals(corpusSize + " examples", count(robot));
        ReviewedExample row = table().getItems().get(0);
        double sales = session.engine().score(row.entry().example().text()).score().sales();
        assertEquals(sales, row.sales(), 1e-12);

        robot.clickOn("#filter-disagrees");
        assertTrue(table().getItems().stream().noneMatch(ReviewedExample::agrees));
        assertTrue(count(robot).matches("\\d+ of " + corpusSize + " examples"), count(robot));
        robot.clickOn("#filter-disagrees");
        robot.clickOn("#filter-low-confidence");
        assertTrue(table().getItems().stream().allMatch(ReviewedExample::lowConfidence));
        robot.clickOn("#filter-low-confidence");

        robot.clickOn("#examples-search").write("sales win-close");
        assertFalse(table().getItems().isEmpty());
        assertTrue(table().getItems().stream().allMatch(e -> e.label() == Label.SALES && "win-close".equals(e.axis())));

        robot.clickOn("#examples-search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("no example says this zebra");
        assertTrue(table().getItems().isEmpty());
        assertEquals("No example matches the search and filters.",
                robot.lookup("#examples-placeholder").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void sortingByTheModelsScorePutsTheMostMarketingFirst(FxRobot robot) throws Exception {
        waitForTable();
        robot.clickOn("Model");
        List<Double> scores = table().getItems().stream().map(ReviewedExample::sales).toList();
        assertEquals(scores.stream().sorted().toList(), scores);
    }

    @Test
    void eachLabelSaysWhoGaveItAndTheTableFiltersAndSortsByThem(FxRobot robot) throws Exception {
        waitForTable();
        String copy = "Join thousands of teams who love our app.";
        WorkspaceCorpus ana = new WorkspaceCorpus(workspace, Clock.systemUTC(), () -> new Author("Ana Ruiz"));
        WorkspaceCorpus ben = new WorkspaceCorpus(workspace, Clock.systemUTC(), () -> new Author("Ben Tremblay"));
        ana.label(copy, Label.SALES);
        ana.label("Book your install slot for Tuesday at 10am.", Label.SALES);
        ben.label(copy, Label.MARKETING);
        robot.interact(session::corpusChanged);
        waitFor(() -> model.total() == corpusSize + 3 && !model.loadingProperty().get());

        ComboBox<AuthorFilter> filter = robot.lookup("#filter-author").queryComboBox();
        assertEquals(List.of("Everyone", "No name", "Ana Ruiz", "Ben Tremblay"), filter.getItems().stream().map(Object::toString)
                .toList());
        assertEquals(AuthorFilter.EVERYONE, filter.getValue(), "the choice shown stays as the choices grow");
        robot.interact(() -> filter.setValue(AuthorFilter.of("Ana Ruiz")));
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz"), table().getItems().stream().map(ReviewedExample::author)
                .toList());
        assertEquals("2 of " + (corpusSize + 3) + " examples", count(robot));
        robot.interact(() -> filter.setValue(AuthorFilter.NO_NAME));
        assertEquals(corpusSize, table().getItems().size());
        assertTrue(table().getItems().stream().allMatch(example -> example.author() == null));

        robot.interact(() -> filter.setValue(AuthorFilter.EVERYONE));
        robot.clickOn("#examples-search").write("tremblay");
        assertEquals(List.of(copy), table().getItems().stream().map(e -> e.entry().example().text()).toList());
        robot.clickOn("#examples-search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);

        robot.clickOn("Author");
        robot.clickOn("Author");
        List<String> authors = table().getItems().stream().map(e -> e.author() == null ? "" : e.author()).toList();
        assertEquals(List.of("Ben Tremblay", "Ana Ruiz", "Ana Ruiz"), authors.subList(0, 3),
                "sorted by author, last name first");
    }

    @Test
    void importReportsTheBadRowByLineAndKeepsTheRestOnce(FxRobot robot) throws Exception {
        waitForTable();
        Path csv = dir.resolve("team-examples.csv");
        Files.writeString(csv, "text,label\n"
                + "\"Reserve your table for Saturday, and we'll hold the corner booth for you.\",sales\n"
                + "Our kitchen has been the heart of the neighborhood since 1972.,marketing\n"
                + "We might call it either,maybe\n");
        dialogs.answer(csv);
        robot.clickOn("#examples-import");
        waitFor(() -> window.banner().messages().size() == 2);
        assertEquals(List.of("Import examples"), dialogs.questions());
        assertEquals("Imported 2 examples from team-examples.csv. Alt+Z undoes the import.",
                window.banner().messages().get(0));
        assertTrue(window.banner().messages().get(1).startsWith("1 row was not imported: " + csv + ":4: "),
                window.banner().messages().get(1));
        waitFor(() -> model.total() == corpusSize + 2);
        assertEquals(List.of("import", "import"), userCorpus().stream().map(Example::source).toList());

        robot.interact(() -> model.importFiles(List.of(csv)));
        waitFor(() -> window.banner().messages().size() == 4);
        assertEquals("Imported 0 examples from team-examples.csv. 2 rows already in the corpus were left out.",
                window.banner().messages().get(2));
        assertEquals(2, userCorpus().size(), "nothing is imported twice");

        robot.press(KeyCode.ALT).type(KeyCode.Z).release(KeyCode.ALT);
        waitFor(() -> userCorpus().isEmpty() && model.total() == corpusSize);
    }

    @Test
    void relabelEditAndDeleteAreSavedAtOnceAndUndone(FxRobot robot) throws Exception {
        waitForTable();
        Example target = session.corpus().read().training().stream().filter(e -> e.label() == Label.MARKETING)
                .filter(e -> e.text().length() > 60).findFirst().orElseThrow();
        Path file = session.corpus().read().entries().stream().filter(e -> e.example().equals(target))
                .findFirst().orElseThrow().file();
        robot.clickOn("#examples-search").write(target.text().substring(0, 40));
        waitFor(() -> table().getItems().size() == 1);
        robot.interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
        });
        robot.type(KeyCode.S);
        waitFor(() -> labelIn(file, target.id()) == Label.SALES);
        // The example stays selected: the table is read again after the change, and selects it again
        // once its rows are in (waited for, since the rows come in on the FX thread while this one polls).
        waitFor(() -> table().getItems().size() == 1 && table().getItems().get(0).label() == Label.SALES
                && table().getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#examples-edit");
        waitFor(() -> robot.lookup("#edit-example-text").tryQuery().isPresent());
        TextArea edit = robot.lookup("#edit-example-text").queryAs(TextArea.class);
        robot.interact(() -> edit.setText(target.text().substring(0, 40) + " and a new ending."));
        robot.clickOn((Button) edit.getScene().lookup(".dialog-pane").lookup(".button-bar").lookupAll(".button")
                .stream().filter(b -> ((Button) b).getText().equals("OK")).findFirst().orElseThrow());
        waitFor(() -> textIn(file, target.id()).endsWith(" and a new ending."));

        robot.interact(() -> table().requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> textIn(file, target.id()) == null);
        waitFor(() -> table().getItems().isEmpty());
        robot.press(KeyCode.ALT).type(KeyCode.Z).release(KeyCode.ALT);
        waitFor(() -> textIn(file, target.id()) != null);
        robot.clickOn("#examples-undo");
        waitFor(() -> textIn(file, target.id()).equals(target.text()));
        robot.clickOn("#examples-undo");
        waitFor(() -> labelIn(file, target.id()) == Label.MARKETING);
    }

    private static Example find(Path file, String id) {
        return CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples().stream()
                .filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static Label labelIn(Path file, String id) {
        Example example = find(file, id);
        return example == null ? null : example.label();
    }

    private static String textIn(Path file, String id) {
        Example example = find(file, id);
        return example == null ? null : example.text();
    }

    @Test
    void anEmptyCorpusSaysHowToAddExamples(FxRobot robot) throws Exception {
        waitForTable();
        for (Path file : Files.list(workspace.corpusDir()).toList()) {
            Files.delete(file);
        }
        robot.interact(session::corpusChanged);
        waitFor(() -> model.total() == 0 && !model.loadingProperty().get());
        assertTrue(robot.lookup("#examples-placeholder").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("No examples yet."));
        assertTrue(robot.lookup("#filter-disagrees").queryAs(CheckBox.class).isVisible());
    }
}
