package com.usthem.app;

import java.nio.file.Path;

/**
 * The command-line arguments the desktop app takes: none, or {@code --workspace DIR} (also
 * {@code --workspace=DIR}). Anything else is a command for the command line. No JavaFX here, so the
 * command line can ask without loading it.
 */
public final class AppArguments {

    private static final String WORKSPACE = "--workspace";

    private AppArguments() {
    }

    /** Whether the arguments open the app rather than run a command. */
    public static boolean opensApp(String[] args) {
        return args.length == 0 || workspace(args) != null;
    }

    /** The folder of {@code --workspace DIR} when that is all the arguments say; null otherwise. */
    public static Path workspace(String[] args) {
        String prefix = WORKSPACE + "=";
        if (args.length == 2 && args[0].equals(WORKSPACE) && !args[1].isBlank()) {
            return Path.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith(prefix) && !args[0].substring(prefix.length()).isBlank()) {
            return Path.of(args[0].substring(prefix.length()));
        }
        return null;
    }
}
