package com.usthem.app;

import com.usthem.Main;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.team.ExamplesViewModel;
import com.usthem.app.team.ExamplesWindow;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.ReviewedExample;
import com.usthem.core.workspace.Workspace;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Changes someone else makes to a shared workspace, here the command line in a process of its own,
 * appear in the open app within seconds: the examples window shows a label made elsewhere, and a
 * model made current elsewhere is the one that scores.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesElsewhereTest {

    private static final Duration INTERVAL = Duration.ofMillis(300);
    /** What "within seconds" means on a loaded 2-core machine: many polls, and a JVM's start, fit in it. */
    private static final long SECONDS = 30;
    private static final String COPY = "Reply by Friday and your account manager will set up the transfer.";

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private ExamplesViewModel examples;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.seeded(TeamWorkspaces.small(dir));
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        session = TeamWorkspaces.session(workspace, tasks);
        examples = new ExamplesViewModel(session, tasks);
        new ExamplesWindow(TeamWorkspaces.owner(stage), examples, new AppLook(AppSettings.DEFAULTS),
                new ScriptedFileDialogs()).show();
    }

    @AfterEach
    void stopWatching() {
        session.stopWatching();
    }

    private void watch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.engine() != null);
        robot.interact(() -> session.watchForChanges(INTERVAL));
    }

    /** Runs the command line in a JVM of its own, as a colleague would from a terminal. */
    private static void usthem(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cli.waitFor(), output);
    }

    @Test
    void aLabelGivenOnTheCommandLineAppearsInTheOpenExamplesWindow(FxRobot robot) throws Exception {
        watch(robot);
        int before = examples.total();
        usthem("label", "--workspace", workspace.root().toString(), "--author", "ben", "sales", COPY);
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> examples.total() == before + 1);
        ReviewedExample bens = examples.examples().stream().filter(e -> "ben".equals(e.author())).findFirst()
                .orElseThrow();
        assertEquals(COPY, bens.entry().example().text());
    }

    @Test
    void aModelMadeCurrentElsewhereScoresAndTheAppsOwnIsNotLoadedTwice(FxRobot robot) throws Exception {
        watch(robot);
        assertEquals("v0001", session.engine().loaded().version());
        workspace.models().install(ModelFiles.loadBundled().model(), ModelFiles.loadBundled().metadata());
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS,
                () -> "v0002".equals(session.engine().loaded().version()));

        // The app's own change, as accepting a retrained model makes it: installed, then loaded.
        robot.interact(() -> session.run(() -> workspace.models().install(ModelFiles.loadBundled().model(),
                ModelFiles.loadBundled().metadata()), version -> session.reloadModel(), problem -> { }));
        assertEquals("v0003", session.engine().loaded().version());
        ScoringEngine loaded = session.engine();
        Thread.sleep(5 * INTERVAL.toMillis());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(loaded, session.engine(), "the watcher saw the app's own change, and the model is not loaded again");
    }
}
