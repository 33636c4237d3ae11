package com.usthem.core.team;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One piece of copy and every corpus line that labels it. Each person labels in a line of their
 * own, so several people's labels of the same copy (the same text, ignoring case and punctuation)
 * are several lines, perhaps in several files; a line flagged {@link Example#SETTLES} records the
 * team's decision on a dispute.
 *
 * <p>The label that counts: people's labels, one per name (their latest), and only when nobody
 * named labeled it, the lines without a name (the shipped corpus, older labels). When those
 * differ the copy is {@link State#DISPUTED} and is left out of training, until the team settles
 * it. A settlement stands until someone labels the copy differently after it.
 *
 * @param lines   the lines in corpus order (files by name, then line by line)
 * @param heldOut whether any line is in the held-out test split: then the copy is measured on, never trained on
 */
public record LabeledCopy(List<Example> lines, boolean heldOut) {

    public enum State { LABELED, DISPUTED, SETTLED }

    public LabeledCopy {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a labeled copy has at least one line");
        }
    }

    /** Groups lines by their copy, in the order each copy first appears. */
    public static List<LabeledCopy> group(List<Example> lines, Predicate<Example> heldOut) {
        Map<String, List<Example>> byCopy = new LinkedHashMap<>();
        for (Example line : lines) {
            byCopy.computeIfAbsent(ExampleIds.normalize(line.text()), k -> new ArrayList<>()).add(line);
        }
        return byCopy.values().stream()
                .map(group -> new LabeledCopy(group, group.stream().anyMatch(heldOut)))
                .toList();
    }

    public String text() {
        return lines.get(0).text();
    }

    /** The id people can name the copy by: its first line's. */
    public String id() {
        return lines.get(0).id();
    }

    /** Whether this is the same copy as {@code text}, ignoring case and punctuation. */
    public boolean holds(String text) {
        return ExampleIds.normalize(text).equals(ExampleIds.normalize(text()));
    }

    /** Every label line (settlements left out), in corpus order. */
    public List<Example> labels() {
        return lines.stream().filter(line -> !line.settles()).toList();
    }

    /** Each named person's latest label, by name, in the order they first labeled it. */
    public Map<String, Example> byPerson() {
        Map<String, Example> latest = new LinkedHashMap<>();
        for (Example line : labels()) {
            if (line.author() != null) {
                latest.merge(line.author(), line, LabeledCopy::later);
            }
        }
        return latest;
    }

    /** The author's latest label line, if they labeled this copy. */
    public Optional<Example> labelBy(Author author) {
        return labels().stream().filter(author::gave).reduce(LabeledCopy::later);
    }

    /** Whether somebody named labeled it: then only named labels count. */
    public boolean hasNamedLabels() {
        return labels().stream().anyMatch(line -> line.author() != null);
    }

    /** The settlement that decides the copy, if one stands. */
    public Optional<Example> standingSettlement() {
        Optional<Example> latest = lines.stream().filter(Example::settles).reduce(LabeledCopy::later);
        return latest.filter(settlement -> counting().stream()
                .filter(line -> instant(line).isAfter(instant(settlement)))
                .allMatch(line -> line.label() == settlement.label()));
    }

    /** Whether the labels that count differ, settled or not: a disagreement, for the agreement figures. */
    public boolean contested() {
        Set<Label> seen = EnumSet.noneOf(Label.class);
        counting().forEach(line -> seen.add(line.label()));
        return seen.size() > 1;
    }

    public State state() {
        if (standingSettlement().isPresent()) {
            return State.SETTLED;
        }
        return contested() ? State.DISPUTED : State.LABELED;
    }

    /** The label the team gives the copy; empty while it is disputed. */
    public Optional<Label> label() {
        Optional<Example> settlement = standingSettlement();
        if (settlement.isPresent()) {
            return Optional.of(settlement.get().label());
        }
        return contested() ? Optional.empty() : Optional.of(counting().get(0).label());
    }

    /** The copy as one example with the team's label, for training and measuring; empty while disputed. */
    public Optional<Example> resolved() {
        Example first = labels().isEmpty() ? lines.get(0) : labels().get(0);
        return label().map(first::withLabel);
    }

    /** "ana sales, ben marketing"; "unnamed sales, marketing" when nobody named labeled it. */
    public String whoSaidWhat() {
        if (hasNamedLabels()) {
            return byPerson().values().stream().map(line -> line.author() + " " + line.label())
                    .collect(Collectors.joining(", "));
        }
        return labels().stream().map(line -> line.label().toString()).collect(Collectors.joining(", ", "unnamed ", ""));
    }

    /** "open" while disputed, "settled sales by carol" when a settlement stands. */
    public String settlementWords() {
        return standingSettlement().map(settlement -> "settled " + settlement.label() + " by "
                + Author.display(settlement.author())).orElse("open");
    }

    /** The labels that count: one per named person, or every label line when nobody named labeled it. */
    private List<Example> counting() {
        return hasNamedLabels() ? List.copyOf(byPerson().values()) : labels();
    }

    /** The later of two lines: by time (no time is oldest), else the one further down the corpus. */
    private static Example later(Example first, Example second) {
        return instant(second).isBefore(instant(first)) ? first : second;
    }

    private static Instant instant(Example line) {
        return line.added() == null ? Instant.MIN : line.added();
    }
}
