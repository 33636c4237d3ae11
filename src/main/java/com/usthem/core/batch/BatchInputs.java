package com.usthem.core.batch;

import com.usthem.core.io.FileProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a batch run reads, from the paths a user chose: files as given, folders searched
 * (with their subfolders) for draft files. In a folder, hidden files are passed over and other
 * files are listed as skipped; a file the user named that is not a draft file is a problem.
 */
public record BatchInputs(List<Path> files, List<FileProblem> problems, List<Path> skipped) {

    public BatchInputs {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public static BatchInputs of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !hidden(path, f)).sorted().forEach(file -> {
                        if (DraftFormat.of(file).isPresent()) {
                            files.add(file);
                        } else {
                            skipped.add(file);
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new FileProblem(path.toString(), 0, "cannot list this folder (" + e.getMessage() + ")"));
                }
            } else if (!Files.exists(path)) {
                problems.add(new FileProblem(path.toString(), 0, "no such file or folder"));
            } else {
                // Named files are read even with another ending, so the reader reports why they are refused.
                files.add(path);
            }
        }
        return new BatchInputs(files, problems, skipped);
    }

    /** Whether a file inside {@code folder} is, or sits in, a hidden file or folder (.git, .DS_Store). */
    private static boolean hidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
