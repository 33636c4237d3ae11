package com.usthem.cli;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.io.UnreadableFileException;
import com.usthem.core.model.ModelLoadException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

/** The {@code usthem} command and its subcommands. */
@Command(name = "usthem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tells whether copy talks like marketing or like sales.",
        subcommands = {ScoreCommand.class, LabelCommand.class, TrainCommand.class, ModelsCommand.class,
                RollbackCommand.class, EvalCommand.class, ImportCommand.class, ExportCommand.class,
                BatchCommand.class, ReportCommand.class, CompareCommand.class, AgreementCommand.class,
                SettleCommand.class, AutoComplete.GenerateCompletion.class})
public class UsThemCommand {

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new UsThemCommand());
        commandLine.setExecutionExceptionHandler(UsThemCommand::handle);
        // picocli hides its completion command, but tab completion lists it: help should too. The
        // installers ship its output; users of the portable image source it themselves.
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        // Subcommands do not inherit a version provider: without this 'usthem score --version' printed nothing.
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            CommandSpec spec = subcommand.getCommandSpec();
            spec.versionProvider(new VersionProvider(spec));
        }
        return commandLine;
    }

    /** Problems with the user's input get one line each on stderr and exit code 1; bugs keep their stack trace. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserInputException || e instanceof CorpusException || e instanceof UnreadableFileException
                || e instanceof ModelLoadException || e instanceof IllegalArgumentException) {
            err.println("usthem: " + e.getMessage().replace("\n", "\nusthem: "));
        } else if (e instanceof IOException) {
            err.println("usthem: " + e);
        } else {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
