package com.usthem;

import com.usthem.app.UsThemApp;
import com.usthem.cli.UsThemCommand;

/**
 * Entry point of {@code usthem.jar}: no arguments opens the desktop app, anything else runs the
 * command line. This class must not extend JavaFX's Application, or a plain classpath launch of
 * the jar would refuse to start without the JavaFX module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            UsThemApp.main(args);
        } else {
            System.exit(UsThemCommand.run(args));
        }
    }
}
