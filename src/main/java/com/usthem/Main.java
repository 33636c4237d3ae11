package com.usthem;

import com.usthem.app.AppArguments;
import com.usthem.app.UsThemApp;
import com.usthem.cli.UsThemCommand;

/**
 * Entry point of {@code usthem.jar}: no arguments (or only {@code --workspace DIR}) opens the
 * desktop app, anything else runs the command line. This class must not extend JavaFX's
 * Application, or a plain classpath launch of the jar would refuse to start without the JavaFX
 * module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (AppArguments.opensApp(args)) {
            UsThemApp.main(args);
        } else {
            System.exit(UsThemCommand.run(args));
        }
    }
}
