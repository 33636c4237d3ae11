package com.usthem.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return runWithStdin("", args);
    }

    /** {@code usthem COMMAND --workspace WORKSPACE ARGS...}. */
    static CliRun inWorkspace(java.nio.file.Path workspace, String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--workspace";
        all[2] = workspace.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    static synchronized CliRun runWithStdin(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var commandLine = UsThemCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int code = commandLine.execute(args);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }
}
