package com.usthem.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.classify.TextScore;
import com.usthem.core.io.Json;
import com.usthem.core.io.TextRecords;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores copy: marketing or sales, with both probabilities and a per-sentence table.",
                "Text comes from the arguments, or from standard input when there are none.",
                "With --jsonl, each input line is a JSON object with a \"text\" field; each output line is that "
                        + "object plus \"label\", \"marketing\" and \"sales\"."})
public class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--json", description = "Print one JSON object: label, marketing, sales, sentences, cues.")
    boolean json;

    @Option(names = "--jsonl", description = "Score JSON Lines: read FILE (or - for stdin), one object per line.")
    boolean jsonl;

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "The copy to score (with --jsonl: the input file, or - for stdin).")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (json && jsonl) {
            throw new UserInputException("--json and --jsonl cannot be used together");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonl) {
            if (words.size() > 1) {
                throw new UserInputException("--jsonl takes one input file (or - for stdin)");
            }
            Path file = words.isEmpty() ? null : Path.of(words.get(0));
            List<ObjectNode> records = readJsonl(file);
            ScoringEngine engine = engine();
            // Scored on every core (the engine is thread-safe), then printed in input order.
            List<TextScore> verdicts = records.parallelStream()
                    .map(record -> verdict(engine, record.get("text").asText())).toList();
            for (int i = 0; i < records.size(); i++) {
                ScoreOutput.putVerdict(records.get(i), verdicts.get(i));
                out.println(Json.MAPPER.writeValueAsString(records.get(i)));
            }
            out.flush();
            return 0;
        }
        String text = words.isEmpty() ? CliInput.read(null, System.in) : String.join(" ", words);
        if (text.isBlank()) {
            throw new UserInputException(CliInput.name(null) + ": empty text: nothing to score");
        }
        ScoredText scored = engine().score(text);
        if (scored.isEmpty()) {
            throw new UserInputException("empty text: nothing to score");
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(ScoreOutput.toJson(scored)));
        } else {
            ScoreOutput.printTable(scored, out);
        }
        out.flush();
        return 0;
    }

    private ScoringEngine engine() throws Exception {
        return modelOption.engine(spec.commandLine().getErr());
    }

    /** The verdict on copy with words in it; copy without a word is refused as empty. */
    private static TextScore verdict(ScoringEngine engine, String text) {
        TextScore score = engine.verdict(text);
        if (score.isEmpty()) {
            throw new UserInputException("empty text: nothing to score");
        }
        return score;
    }

    /** Reads every line before scoring any, so a bad line stops the run before anything is printed. */
    private List<ObjectNode> readJsonl(Path file) throws Exception {
        String name = CliInput.name(file);
        String[] lines = CliInput.read(file, System.in).split("\r?\n", -1);
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                records.add(TextRecords.parse(lines[i]));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(name + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return records;
    }
}
