package com.usthem.core.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads workshop decks. Two formats, told apart by the file name:
 *
 * <p><b>Plain text</b> (any name not ending in {@code .jsonl}): one prompt per line; blank lines and
 * lines starting with {@code #} are skipped, except two directives, {@code # title: ...} and
 * {@code # direction: to-sales} (or {@code to-marketing}), which sets the direction of the prompts
 * after it. A prompt can set its own direction with a leading {@code [to-sales]} or
 * {@code [to-marketing]}.
 *
 * <p><b>JSON Lines</b> ({@code .jsonl}): one object per line, {@code {"prompt": "...", "direction":
 * "to-sales"}}; a line {@code {"title": "..."}} names the deck.
 *
 * <p>Without a title the deck is named after its file. Bad lines are reported as
 * {@code FILE:LINE: reason} and the good prompts kept.
 */
public final class DeckReader {

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*(title|direction)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKER = Pattern.compile("\\[(to-[\\p{Alpha}-]*)\\]\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_WORDS = Pattern.compile("[\\p{L}\\p{N}]");

    private DeckReader() {
    }

    public static DeckReadResult read(Path file) {
        String title = titleFromFileName(file.getFileName().toString());
        try {
            return parse(file.toString(), TextFiles.read(file), title, isJsonl(file.toString()));
        } catch (UnreadableFileException e) {
            return new DeckReadResult(new Deck(title, List.of()), List.of(FileProblem.of(e)));
        }
    }

    static boolean isJsonl(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** "marketing-to-sales.txt" → "marketing to sales". */
    static String titleFromFileName(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ');
    }

    /** Parses deck text; {@code source} names the file in problems. */
    public static DeckReadResult parse(String source, String content, String defaultTitle, boolean jsonl) {
        Parse parse = new Parse(defaultTitle);
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (jsonl) {
                    parse.jsonLine(line, i + 1);
                } else {
                    parse.textLine(line, i + 1);
                }
            } catch (IllegalArgumentException e) {
                parse.problems.add(new FileProblem(source, i + 1, e.getMessage()));
            }
        }
        if (parse.prompts.isEmpty()) {
            parse.problems.add(new FileProblem(source, 0, "no prompts in this deck"));
        }
        return new DeckReadResult(new Deck(parse.title, parse.prompts), parse.problems);
    }

    /** The state of one file being read: the title and direction so far, the prompts and problems. */
    private static final class Parse {
        private final List<DeckPrompt> prompts = new ArrayList<>();
        private final List<FileProblem> problems = new ArrayList<>();
        private String title;
        private Direction direction;

        Parse(String defaultTitle) {
            this.title = defaultTitle;
        }

        void textLine(String line, int number) {
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                String value = directive.group(2).strip();
                if (directive.group(1).equalsIgnoreCase("title")) {
                    title = requireValue(value, "title");
                } else {
                    direction = Direction.parse(value);
                }
                return;
            }
            if (line.startsWith("#")) {
                return;
            }
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                add(marker.group(2), Direction.parse(marker.group(1)), number);
            } else if (direction == null) {
                throw new IllegalArgumentException("no direction for this prompt: put '# direction: to-sales' "
                        + "(or to-marketing) above it, or start it with [to-sales] or [to-marketing]");
            } else {
                add(line, direction, number);
            }
        }

        void jsonLine(String line, int number) {
            JsonNode node = Json.parseObjectLine(line, "with \"prompt\" and \"direction\"");
            String prompt = Json.stringField(node, "prompt");
            if (prompt == null && node.has("title")) {
                title = requireValue(Json.stringField(node, "title"), "title");
                return;
            }
            if (prompt == null) {
                throw new IllegalArgumentException("missing \"prompt\" string field");
            }
            String direction = Json.stringField(node, "direction");
            if (direction == null) {
                throw new IllegalArgumentException("missing \"direction\" (\"to-sales\" or \"to-marketing\")");
            }
            add(prompt, Direction.parse(direction), number);
        }

        private void add(String text, Direction promptDirection, int line) {
            String prompt = text.strip();
            if (!HAS_WORDS.matcher(prompt).find()) {
                throw new IllegalArgumentException(prompt.isEmpty() ? "empty prompt" : "prompt has no words");
            }
            prompts.add(new DeckPrompt(prompts.size() + 1, prompt, promptDirection, line));
        }

        private static String requireValue(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("empty " + what);
            }
            return value.strip();
        }
    }
}
