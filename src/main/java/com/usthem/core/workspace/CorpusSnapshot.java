package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.io.FileProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workspace corpus as read at one moment: every example with its file (held-out test split
 * included), and a problem for each line that could not be read.
 */
public record CorpusSnapshot(List<CorpusEntry> entries, List<FileProblem> problems) {

    public CorpusSnapshot {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
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

    /** The example holding the same copy (compared ignoring case and punctuation), if any. */
    public Optional<CorpusEntry> withText(String text) {
        String normalized = ExampleIds.normalize(text);
        return entries.stream().filter(e -> ExampleIds.normalize(e.example().text()).equals(normalized)).findFirst();
    }

    public List<Example> examplesIn(Path file) {
        return entries.stream().filter(e -> e.file().equals(file)).map(CorpusEntry::example).toList();
    }

    /** Whether any example in the corpus already uses this id. */
    public boolean hasId(String id) {
        return entries.stream().anyMatch(e -> e.example().id().equals(id));
    }
}
