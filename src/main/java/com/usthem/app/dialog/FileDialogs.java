package com.usthem.app.dialog;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder pickers a window asks the user with: every picker of the app goes through
 * them, so a headless test can answer in the user's place; {@link #NATIVE} shows the system's own.
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

    /** A file to open; the picker starts in {@code folder} (null: where the system likes). */
    Optional<Path> openFile(Window owner, String title, List<Filter> filters, Path folder);

    /** A folder, chosen in a picker that starts in {@code folder} (null: where the system likes). */
    Optional<Path> openFolder(Window owner, String title, Path folder);

    /** Where to save; {@code suggestedName} is offered first, in {@code folder} (null: where the system likes). */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, List<Filter> filters, Path folder);

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
        public Optional<Path> openFile(Window owner, String title, List<Filter> filters, Path folder) {
            FileChooser chooser = chooser(title, filters);
            startIn(chooser, folder);
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> openFolder(Window owner, String title, Path folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }

        /** A name typed without an extension gets that of the kind of file chosen in the picker. */
        @Override
        public Optional<Path> saveFile(Window owner, String title, String suggestedName, List<Filter> filters,
                                       Path folder) {
            FileChooser chooser = chooser(title, filters);
            chooser.setInitialFileName(suggestedName);
            startIn(chooser, folder);
            Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            FileChooser.ExtensionFilter kind = chooser.getSelectedExtensionFilter();
            String pattern = kind == null ? "*" : kind.getExtensions().get(0);
            return pattern.startsWith("*.") ? chosen.map(path -> withExtension(path, pattern.substring(2))) : chosen;
        }

        private void startIn(FileChooser chooser, Path folder) {
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
        }

        private FileChooser chooser(String title, List<Filter> filters) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            filters.forEach(filter -> chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(filter.description(), filter.patterns())));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
            return chooser;
        }
    };
}
