package com.usthem.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Logs, once, how long after the JVM started the window was first usable with the model loaded:
 * shown, scored once, and one more frame laid out. Logged at INFO, which is off by default;
 * {@code -Dorg.slf4j.simpleLogger.log.com.usthem.app=info} turns it on (see the README).
 *
 * <p>The JVM's own start time is used: the process start time Linux reports is only accurate to
 * the second of the machine's boot time.
 */
final class StartupTimer {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private Scene scene;
    private long shownAt = -1;
    private long modelReadyAt = -1;
    private boolean logged;

    void windowShown(Scene shownScene) {
        scene = shownScene;
        shownAt = sinceStart();
        logWhenReady();
    }

    void modelReady() {
        modelReadyAt = sinceStart();
        logWhenReady();
    }

    private void logWhenReady() {
        if (logged || shownAt < 0 || modelReadyAt < 0) {
            return;
        }
        logged = true;
        // The next pulse lays out and draws the window as it is now, with the model in place.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            LOG.info("startup: ready {} ms after JVM start (window shown at {} ms, model loaded at {} ms)",
                    sinceStart(), shownAt, modelReadyAt);
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private long sinceStart() {
        return System.currentTimeMillis() - jvmStart;
    }
}
