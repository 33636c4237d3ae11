package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.team.LabeledCopy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workspace corpus as read at one moment: every example with its file (held-out test split
 * included) and line, and a problem for each line that could not be read.
 *
 * @param origins the file and line of each entry, in the same order
 */
public record CorpusSnapshot(List<CorpusEntry> entries, List<FileLine> origins, List<FileProblem> problems) {

    public CorpusSnapshot {
        entries = List.copyOf(entries);
        origins = List.copyOf(origins);
        problems = List.copyOf(problems);
    }

    /** The file and line this very line of a copy was read from. */
    public FileLine originOf(Example line) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).example() == line) {
                return origins.get(i);
            }
        }
        throw new IllegalArgumentException("not a line of this snapshot: " + line.id());
    }

    /** The examples a model is trained on: all but the held-out test split. */
    public List<Example> training() {
        return entries.stream().filter(e -> !e.heldOut()).map(CorpusEntry::example).toList();
    }

    /** The held-out test split; empty when the workspace has none. */
    public List<Example> test() {
        return entries.stream().filter(CorpusEntry::heldOut).map(CorpusEntry::example).toList();
    }

    public List<Example> all() {
        return entries.stream().map(CorpusEntry::example).toList();
    }

    /** Training examples, refusing to go on when any corpus line is bad (training must not silently drop one). */
    public List<Example> trainingOrThrow() throws CorpusException {
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return training();
    }

    /** Every copy with all the lines that label it, in the order each copy first appears. */
    public List<LabeledCopy> copies() {
        Set<Example> heldOut = Collections.newSetFromMap(new IdentityHashMap<>());
        entries.stream().filter(CorpusEntry::heldOut).forEach(entry -> heldOut.add(entry.example()));
        return LabeledCopy.group(all(), heldOut::contains);
    }

    /** The copy with this text (compared ignoring case and punctuation), if the corpus has it. */
    public Optional<LabeledCopy> copyOf(String text) {
        return copies().stream().filter(copy -> copy.holds(text)).findFirst();
    }

    /** What training uses: each copy once with the team's label, disputed copy left out. */
    public TrainingSet trainingSet() {
        return TrainingSet.of(copies(), this::originOf);
    }

    /** The training set, refusing to go on when any corpus line is bad (training must not silently drop one). */
    public TrainingSet trainingSetOrThrow() throws CorpusException {
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return trainingSet();
    }

    /** The entry holding this very line of a copy from {@link #copies()}. */
    public CorpusEntry entryOf(Example line) {
        return entries.stream().filter(entry -> entry.example() == line).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a line of this snapshot: " + line.id()));
    }

    public List<Example> examplesIn(Path file) {
        return entries.stream().filter(e -> e.file().equals(file)).map(CorpusEntry::example).toList();
    }

    /** Whether any example in the corpus already uses this id. */
    public boolean hasId(String id) {
        return entries.stream().anyMatch(e -> e.example().id().equals(id));
    }

    /** The entry as it is in the files now: by file and id, since the caller's copy may be stale. */
    public CorpusEntry current(CorpusEntry entry) throws CorpusException {
        return entries.stream()
                .filter(e -> e.file().equals(entry.file()) && e.example().id().equals(entry.example().id()))
                .findFirst()
                .orElseThrow(() -> new CorpusException(entry.file().toString(), "example " + entry.example().id()
                        + " is no longer in this file (it was changed elsewhere)"));
    }

    /** The line of its file the entry is on, counted from 0, or -1 when it is not there. */
    public int indexOf(CorpusEntry entry) {
        List<Example> examples = examplesIn(entry.file());
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).id().equals(entry.example().id())) {
                return i;
            }
        }
        return -1;
    }

    /** An id for new copy with this text that no example of the corpus uses yet. */
    public String newId(String text) {
        String base = ExampleIds.forText(text);
        String id = base;
        for (int n = 2; hasId(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
