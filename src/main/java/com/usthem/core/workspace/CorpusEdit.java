package com.usthem.core.workspace;

import com.usthem.core.corpus.Example;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One undoable change to one corpus file: each touched example as it was and as it became. An
 * edit touches a single file so that it is saved by a single atomic write.
 *
 * @param description what the user did, for an Undo/Redo menu ("label “Sign today…” as sales")
 */
public record CorpusEdit(String description, Path file, List<Change> changes) {

    /**
     * One example: {@code before} null means it was added, {@code after} null that it was deleted.
     * {@code index} is its position in the file, so that undoing a delete puts it back in place.
     */
    public record Change(int index, Example before, Example after) {

        Change inverse() {
            return new Change(index, after, before);
        }
    }

    public CorpusEdit {
        changes = List.copyOf(changes);
    }

    /** The edit that takes the file back: the changes in reverse order, before and after swapped. */
    CorpusEdit inverse() {
        List<Change> reversed = new ArrayList<>();
        changes.forEach(change -> reversed.add(change.inverse()));
        Collections.reverse(reversed);
        return new CorpusEdit(description, file, reversed);
    }
}
