package com.usthem.core.corpus;

import com.usthem.core.Label;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.ListedFirst;
import com.usthem.core.text.OneLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The same copy (ignoring case and punctuation, as everywhere in UsThem) on several lines of data
 * to train on or import. With one label it is used once, from its first line, and the other lines
 * are counted in one summary; with different labels it is a conflict: every line of it is listed
 * and none is used, since nobody can tell which label is right. Nothing is dropped without a word.
 */
public final class RepeatedCopies {

    /** How many repeated lines the summary names. */
    static final int NAMED_REPEATS = 5;

    /** A copy labeled differently on different lines: each line with its label. */
    public record Conflict(String text, List<FileLine> lines, List<Label> labels) {

        @Override
        public String toString() {
            List<String> where = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                where.add(lines.get(i) + " (" + labels.get(i).id() + ")");
            }
            return String.join(", ", where) + ": the same text with different labels, left out: "
                    + "\u201c" + OneLine.cut(text, 50) + "\u201d";
        }
    }

    private final List<Example> kept;
    private final List<FileLine> keptOrigins;
    private final List<FileLine> repeats;
    private final List<Conflict> conflicts;

    private RepeatedCopies(List<Example> kept, List<FileLine> keptOrigins, List<FileLine> repeats,
                           List<Conflict> conflicts) {
        this.kept = List.copyOf(kept);
        this.keptOrigins = List.copyOf(keptOrigins);
        this.repeats = List.copyOf(repeats);
        this.conflicts = List.copyOf(conflicts);
    }

    /** Sorts the examples read into those to use, repeats and conflicts; the problems read are not looked at. */
    public static RepeatedCopies of(CorpusReadResult read) {
        Map<String, List<Integer>> byCopy = new LinkedHashMap<>();
        for (int i = 0; i < read.examples().size(); i++) {
            byCopy.computeIfAbsent(ExampleIds.normalize(read.examples().get(i).text()), k -> new ArrayList<>()).add(i);
        }
        List<Example> kept = new ArrayList<>();
        List<FileLine> keptOrigins = new ArrayList<>();
        List<FileLine> repeats = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Integer> lines : byCopy.values()) {
            Set<Label> labels = EnumSet.noneOf(Label.class);
            lines.forEach(i -> labels.add(read.examples().get(i).label()));
            if (labels.size() > 1) {
                conflicts.add(new Conflict(read.examples().get(lines.get(0)).text(),
                        lines.stream().map(read.origins()::get).toList(),
                        lines.stream().map(i -> read.examples().get(i).label()).toList()));
                continue;
            }
            kept.add(read.examples().get(lines.get(0)));
            keptOrigins.add(read.origins().get(lines.get(0)));
            lines.subList(1, lines.size()).forEach(i -> repeats.add(read.origins().get(i)));
        }
        repeats.sort(Comparator.comparing(FileLine::file).thenComparingInt(FileLine::line));
        return new RepeatedCopies(kept, keptOrigins, repeats, conflicts);
    }

    /** The examples to use: each copy once, from its first line; conflicts left out. */
    public List<Example> kept() {
        return kept;
    }

    /** The kept examples with the lines they were read from, and no problems. */
    public CorpusReadResult keptAsRead() {
        return new CorpusReadResult(kept, keptOrigins, List.of());
    }

    /** The lines that repeat an earlier line's copy and label, so were not used again. */
    public List<FileLine> repeats() {
        return repeats;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public boolean any() {
        return !repeats.isEmpty() || !conflicts.isEmpty();
    }

    /**
     * What to tell the user, one line each: how many lines repeated a copy (naming the first few),
     * then every conflict (the first {@value ListedFirst#SHOWN}, and how many more).
     */
    public List<String> report() {
        return report(repeats, conflicts);
    }

    /** {@link #report()} for repeats and conflicts found otherwise (a workspace's copies), in the same words. */
    public static List<String> report(List<FileLine> repeats, List<Conflict> conflicts) {
        List<String> lines = new ArrayList<>();
        if (!repeats.isEmpty()) {
            String named = repeats.stream().limit(NAMED_REPEATS).map(FileLine::toString)
                    .collect(Collectors.joining(", "));
            lines.add(String.format(Locale.ROOT, "%,d %s the text and label of an earlier line and %s used once: %s%s",
                    repeats.size(), repeats.size() == 1 ? "line repeats" : "lines repeat",
                    repeats.size() == 1 ? "was" : "were", named, repeats.size() > NAMED_REPEATS ? ", \u2026" : ""));
        }
        if (!conflicts.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "%,d %s labeled differently on different lines, left out:",
                    conflicts.size(), conflicts.size() == 1 ? "text is" : "texts are"));
            ListedFirst.of(conflicts.stream().map(Conflict::toString).toList()).forEach(line -> lines.add("  " + line));
        }
        return lines;
    }
}
