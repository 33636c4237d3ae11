package com.usthem.app.draft;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.List;

/** The draft being edited: which file it came from or was saved to, and whether it has changes not yet saved. */
public final class DraftViewModel {

    public static final String APP_NAME = "UsThem";
    /** File name endings offered when opening and saving drafts. */
    public static final List<String> EXTENSIONS = List.of("txt", "md");

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");

    public DraftViewModel() {
        title.bind(Bindings.createStringBinding(() -> {
            Path path = file.get();
            String name = path == null ? null : path.getFileName().toString();
            if (name == null) {
                return modified.get() ? APP_NAME + " \u2014 unsaved draft" : APP_NAME;
            }
            return APP_NAME + " \u2014 " + name + (modified.get() ? " (unsaved changes)" : "");
        }, file, modified));
    }

    /** "UsThem", or "UsThem — draft.txt", marked when it has unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path getFile() {
        return file.get();
    }

    public BooleanProperty modifiedProperty() {
        return modified;
    }

    public boolean isModified() {
        return modified.get();
    }

    /** The draft now is the content of this file (just opened or saved), with nothing unsaved. */
    public void attach(Path path) {
        file.set(path);
        modified.set(false);
    }

    /** A new, empty draft that belongs to no file. */
    public void detach() {
        file.set(null);
        modified.set(false);
    }
}
