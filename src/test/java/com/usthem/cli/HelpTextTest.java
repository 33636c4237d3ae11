package com.usthem.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help text is wrapped by picocli, not by hand, so no line of a description stops mid-sentence. */
class HelpTextTest {

    /** A line that picocli had no reason to break: shorter than this and not ending a sentence. */
    private static final int SHORTEST_WRAPPED_LINE = 55;

    @Test
    void everyDescriptionParagraphIsWholeSentences() {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : UsThemCommand.commandLine().getSubcommands().entrySet()) {
            for (String paragraph : command.getValue().getCommandSpec().usageMessage().description()) {
                if (!paragraph.isBlank() && !endsSentence(paragraph)) {
                    broken.add(command.getKey() + ": " + paragraph);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void renderedDescriptionsHaveNoShortLineInsideASentence() {
        List<String> shortLines = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : UsThemCommand.commandLine().getSubcommands().entrySet()) {
            for (String line : command.getValue().getHelp().description().split("\\R")) {
                String text = line.stripTrailing();
                if (!text.isEmpty() && text.length() < SHORTEST_WRAPPED_LINE && !endsSentence(text)) {
                    shortLines.add(command.getKey() + ": '" + text + "'");
                }
            }
        }
        assertEquals(List.of(), shortLines);
    }

    @Test
    void trainHelpKeepsItsSentencesTogether() {
        CliRun run = CliRun.run("train", "--help");
        assertEquals(0, run.exitCode(), run.err());
        String flowing = run.out().replaceAll("\\s+", " ");
        assertTrue(flowing.contains("It cross-validates the new model and prints the old and the new model's "
                + "metrics. Earlier models are kept: see 'usthem models' and 'usthem rollback'."), run.out());
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 80), run.out());
    }

    private static boolean endsSentence(String text) {
        return text.matches("(?s).*[.:!?)]$");
    }
}
