package com.usthem.app;

import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers in the user's place and keeps what the user was told: for view models tested without a window. */
public final class ScriptedUser implements DialogService {
    public final List<String> notices = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void showMessage(Severity severity, String message) {
        messages.add(severity + ": " + message);
    }

    @Override
    public boolean confirm(String title, String question, String detail, String goAhead) {
        return confirmations.remove();
    }

    @Override
    public Optional<Path> openFile(String title, List<FileDialogs.Filter> filters, Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileDialogs.Filter> filters,
                                   Path folder) {
        return Optional.ofNullable(files.poll());
    }
}
