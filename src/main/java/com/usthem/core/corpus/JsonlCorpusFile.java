package com.usthem.core.corpus;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Lines corpus file held as its lines, for changing a few examples in place. Lines that are
 * not changed are written back exactly as they were read (spacing, escapes, line endings), so a
 * label shows in {@code git diff} as the one line it touched, and two branches that changed
 * different lines of a file merge cleanly.
 *
 * <p>A file with a line that cannot be read is refused: rewriting it would lose that line.
 */
public final class JsonlCorpusFile {

    private final Path file;
    private final String newline;
    private final List<String> lines;
    /** The example on each line, null for a blank line. */
    private final List<Example> onLine;

    private JsonlCorpusFile(Path file, String newline, List<String> lines, List<Example> onLine) {
        this.file = file;
        this.newline = newline;
        this.lines = lines;
        this.onLine = onLine;
    }

    /** The file's lines; a file that does not exist yet is empty. */
    public static JsonlCorpusFile read(Path file) throws CorpusException {
        if (!Files.exists(file)) {
            return new JsonlCorpusFile(file, "\n", new ArrayList<>(), new ArrayList<>());
        }
        String content;
        try {
            content = TextFiles.read(file);
        } catch (UnreadableFileException e) {
            throw new CorpusException(List.of(FileProblem.of(e)));
        }
        CorpusReadResult parsed = CorpusFormat.JSONL.codec().parse(file.toString(), content, "corpus");
        if (!parsed.clean()) {
            throw new CorpusException(parsed.problems().stream()
                    .map(p -> new FileProblem(p.file(), p.line(), p.reason()
                            + "; fix or remove this line first (UsThem does not rewrite a file it cannot fully read)"))
                    .toList());
        }
        Map<String, FileLine> firstLineOf = new HashMap<>();
        for (int i = 0; i < parsed.examples().size(); i++) {
            FileLine first = firstLineOf.putIfAbsent(parsed.examples().get(i).id(), parsed.origins().get(i));
            if (first != null) {
                // The same copy twice is readable, but a change by id would not know which line it means.
                throw new CorpusException(List.of(new FileProblem(file.toString(), parsed.origins().get(i).line(),
                        "the same copy and id '" + parsed.examples().get(i).id() + "' as line " + first.line()
                                + "; remove one of the two lines first (UsThem changes a line by its id)")));
            }
        }
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<Example> onLine = new ArrayList<>(lines.size());
        int next = 0;
        for (String line : lines) {
            onLine.add(line.isBlank() ? null : parsed.examples().get(next++));
        }
        return new JsonlCorpusFile(file, content.contains("\r\n") ? "\r\n" : "\n", lines, onLine);
    }

    public Path file() {
        return file;
    }

    /** The examples in file order. */
    public List<Example> examples() {
        return onLine.stream().filter(e -> e != null).toList();
    }

    /** The example with this id as the file holds it now, or null. */
    public Example get(String id) {
        int line = lineOf(id);
        return line < 0 ? null : onLine.get(line);
    }

    /** Inserts before the example now at {@code index} (at the end when there are fewer). */
    public void insert(int index, Example example) {
        int line = lines.size();
        int seen = 0;
        for (int i = 0; i < onLine.size(); i++) {
            if (onLine.get(i) != null && seen++ == index) {
                line = i;
                break;
            }
        }
        lines.add(line, format(example));
        onLine.add(line, example);
    }

    public void replace(String id, Example example) {
        int line = existingLineOf(id);
        lines.set(line, format(example));
        onLine.set(line, example);
    }

    public void remove(String id) {
        int line = existingLineOf(id);
        lines.remove(line);
        onLine.remove(line);
    }

    /** Writes the file atomically, every line ended. */
    public void write() throws IOException {
        AtomicFiles.write(file, out -> {
            for (String line : lines) {
                out.write((line + newline).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private int lineOf(String id) {
        for (int i = 0; i < onLine.size(); i++) {
            if (onLine.get(i) != null && onLine.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private int existingLineOf(String id) {
        int line = lineOf(id);
        if (line < 0) {
            throw new IllegalArgumentException("no example " + id + " in " + file);
        }
        return line;
    }

    private static String format(Example example) {
        try {
            return JsonlCorpusFormat.line(example);
        } catch (IOException e) {
            throw new IllegalStateException("an example is plain JSON and always serialises", e);
        }
    }
}
