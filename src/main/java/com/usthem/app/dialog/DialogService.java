package com.usthem.app.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a view model speaks to the user without knowing the window: a passing notice, a message that
 * stays, a question before something is lost, and the file pickers. The window gives its own; a
 * test gives one that answers in the user's place.
 */
public interface DialogService {

    /** A short notice in the status bar; it goes away by itself. */
    void notify(String message);

    /** A message that stays in the window's banner until the user dismisses it. */
    void showMessage(Severity severity, String message);

    /** Asks before something is lost; true when the user goes ahead with {@code goAhead}. */
    boolean confirm(String title, String question, String detail, String goAhead);

    /** A file to open, chosen in a picker that starts in {@code folder} (null: where the system likes). */
    Optional<Path> openFile(String title, List<FileDialogs.Filter> filters, Path folder);

    /** Where to save; {@code suggestedName} is offered first, in {@code folder}. */
    Optional<Path> saveFile(String title, String suggestedName, List<FileDialogs.Filter> filters, Path folder);
}
