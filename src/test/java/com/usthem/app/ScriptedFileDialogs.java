package com.usthem.app;

import com.usthem.app.dialog.FileDialogs;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** File pickers answered by the test, in the order it queued the answers; each question is recorded. */
public final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<List<Path>> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();

    /** The next picker shown returns these paths (none: the user cancelled). */
    public ScriptedFileDialogs answer(Path... paths) {
        answers.add(List.of(paths));
        return this;
    }

    /** The titles of the pickers shown so far. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    private List<Path> next(String title) {
        questions.add(title);
        if (answers.isEmpty()) {
            throw new AssertionError("no answer queued for the picker '" + title + "'");
        }
        return answers.poll();
    }

    @Override
    public List<Path> openFiles(Window owner, String title, List<Filter> filters) {
        return next(title);
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, List<Filter> filters, Path folder) {
        return next(title).stream().findFirst();
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title, Path folder) {
        return next(title).stream().findFirst();
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName, List<Filter> filters,
                                   Path folder) {
        return next(title).stream().findFirst();
    }
}
