package com.usthem.app.view;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder pickers a window asks the user with. The windows take them as a parameter so
 * a headless test can answer in the user's place; {@link #NATIVE} shows the system's own dialogs.
 */
public interface FileDialogs {

    /** A named group of file name patterns, such as "Drafts" with "*.txt" and "*.md". */
    record Filter(String description, List<String> patterns) {

        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    /** Files to open; empty when the user cancelled. */
    List<Path> openFiles(Window owner, String title, List<Filter> filters);

    Optional<Path> openFile(Window owner, String title, List<Filter> filters);

    Optional<Path> openFolder(Window owner, String title);

    /** Where to save; {@code suggestedName} is offered first. */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, List<Filter> filters);

    /** The name chosen, with {@code .extension} added when it has no extension of its own. */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.lastIndexOf('.') > 0 ? chosen : chosen.resolveSibling(name + "." + extension);
    }

    FileDialogs NATIVE = new FileDialogs() {
        @Override
        public List<Path> openFiles(Window owner, String title, List<Filter> filters) {
            List<File> chosen = chooser(title, filters).showOpenMultipleDialog(owner);
            return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> openFile(Window owner, String title, List<Filter> filters) {
            return Optional.ofNullable(chooser(title, filters).showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> openFolder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, String suggestedName, List<Filter> filters) {
            FileChooser chooser = chooser(title, filters);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(String title, List<Filter> filters) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            filters.forEach(filter -> chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(filter.description(), filter.patterns())));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
            return chooser;
        }
    };
}
