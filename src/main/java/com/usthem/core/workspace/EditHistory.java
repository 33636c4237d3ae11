package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.JsonlCorpusFile;
import com.usthem.core.io.DirectoryLock;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The edits made to a workspace's corpus files through one {@link WorkspaceCorpus}, written and kept
 * for undo and redo. Each edit is written under the workspace lock and changes only the lines it
 * touches. Not thread-safe on its own: its corpus calls it while holding its own monitor.
 */
final class EditHistory {

    private final Workspace workspace;
    private final Deque<CorpusEdit> undoStack = new ArrayDeque<>();
    private final Deque<CorpusEdit> redoStack = new ArrayDeque<>();

    EditHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    boolean canUndo() {
        return !undoStack.isEmpty();
    }

    boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** What Undo would take back, for a menu item; empty when there is nothing to undo. */
    Optional<String> undoDescription() {
        return Optional.ofNullable(undoStack.peek()).map(CorpusEdit::description);
    }

    Optional<String> redoDescription() {
        return Optional.ofNullable(redoStack.peek()).map(CorpusEdit::description);
    }

    /** Takes back the latest edit; returns it, or empty when there was none. */
    Optional<CorpusEdit> undo() throws IOException, CorpusException {
        CorpusEdit edit = undoStack.peek();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit.inverse());
        redoStack.push(undoStack.pop());
        return Optional.of(edit);
    }

    /** Does again the latest undone edit; returns it, or empty when there was none. */
    Optional<CorpusEdit> redo() throws IOException, CorpusException {
        CorpusEdit edit = redoStack.peek();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit);
        undoStack.push(redoStack.pop());
        return Optional.of(edit);
    }

    /**
     * Takes back one particular edit: an undo when it is the latest, otherwise a new edit that
     * reverses it (so the edits made since stay, and the reversal itself can be undone).
     */
    void revert(CorpusEdit edit) throws IOException, CorpusException {
        if (undoStack.peek() == edit) {
            undo();
        } else {
            CorpusEdit inverse = edit.inverse();
            commit(new CorpusEdit("undo " + edit.description(), inverse.file(), inverse.changes()));
        }
    }

    /** Writes a new edit; it is the one Undo takes back next, and nothing is left to redo. */
    CorpusEdit commit(CorpusEdit edit) throws IOException, CorpusException {
        apply(edit);
        undoStack.push(edit);
        redoStack.clear();
        return edit;
    }

    /**
     * Writes an edit, changing only the lines it touches. Every example it changes must still be as
     * the edit found it: an undo must not take back what someone else did meanwhile.
     */
    private void apply(CorpusEdit edit) throws IOException, CorpusException {
        try (DirectoryLock lock = DirectoryLock.acquire(workspace.root())) {
            JsonlCorpusFile file = JsonlCorpusFile.read(edit.file());
            for (CorpusEdit.Change change : edit.changes()) {
                if (change.before() == null) {
                    file.insert(change.index(), change.after());
                    continue;
                }
                Example current = file.get(change.before().id());
                if (!change.before().equals(current)) {
                    throw new CorpusException(edit.file().toString(), "example " + change.before().id()
                            + (current == null ? " is no longer in this file" : " has changed")
                            + " (it was changed elsewhere); nothing was changed");
                }
                if (change.after() == null) {
                    file.remove(current.id());
                } else {
                    file.replace(current.id(), change.after());
                }
            }
            file.write();
        }
    }
}
