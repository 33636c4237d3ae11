package com.usthem.core.model;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.DirectoryLock;
import opennlp.tools.doccat.DoccatModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's trained models: every installed model is kept as {@code vNNNN.bin} + {@code .json},
 * and a one-line {@code current} file names the one in use. A new model is written completely
 * before {@code current} is switched to it, so the previous model survives any crash, and an
 * unreadable current model falls back to the newest older one that loads.
 */
public final class ModelStore {

    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d{4,})\\.bin");
    private static final Pattern VERSION_NAME = Pattern.compile("v?0*(\\d{1,9})");
    private static final String CURRENT = "current";
    /** The version name reported for the model shipped with the application. */
    public static final String BUNDLED = "default";

    private final Path dir;

    public ModelStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A version with its metadata (null if its metadata is unreadable). */
    public record Version(String name, Path bin, ModelMetadata metadata) {
    }

    /** A loaded model and, when the current one could not be loaded, why another was used. */
    public record Loaded(LoadedModel model, String version, List<String> warnings) {
    }

    /** Adds a model as the next version and makes it current; the previous versions stay. */
    public String install(DoccatModel model, ModelMetadata metadata) throws IOException {
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            String version = nextVersion();
            ModelFiles.write(binOf(version), model, metadata);
            pointCurrentTo(version);
            return version;
        }
    }

    /**
     * Installs the model as the first version unless the store already has one (checked under the
     * store's lock, so two processes starting at once seed it only once). Returns the new version.
     */
    public Optional<String> installIfEmpty(LoadedModel model) throws IOException {
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            return isEmpty() ? Optional.of(install(model.model(), model.metadata())) : Optional.empty();
        }
    }

    public boolean isEmpty() {
        return versionNames().isEmpty();
    }

    /**
     * Makes a stored version current (a rollback, or a roll forward again). The version must load:
     * switching to a damaged model would only make the next start fall back from it.
     *
     * @param version {@code v0003}, {@code v3} or {@code 3}
     * @return the version's canonical name
     */
    public String makeCurrent(String version) throws IOException, ModelLoadException {
        String name = canonicalName(version);
        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
            if (!Files.exists(binOf(name))) {
                throw new ModelLoadException("no model version '" + version + "' in " + dir + " (see 'usthem models')");
            }
            ModelFiles.load(binOf(name));
            pointCurrentTo(name);
            return name;
        }
    }

    private void pointCurrentTo(String version) throws IOException {
        AtomicFiles.writeString(dir.resolve(CURRENT), version + "\n");
    }

    /** {@code v0003} for "v0003", "v3" or "3"; the input unchanged when it is no version number. */
    public static String canonicalName(String version) {
        Matcher matcher = VERSION_NAME.matcher(version.strip());
        return matcher.matches() ? String.format("v%04d", Integer.parseInt(matcher.group(1))) : version.strip();
    }

    public Optional<String> current() {
        Path pointer = dir.resolve(CURRENT);
        try {
            if (Files.exists(pointer)) {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty() && Files.exists(binOf(name))) {
                    return Optional.of(name);
                }
            }
        } catch (IOException e) {
            // An unreadable pointer is treated like a missing one: fall back to the newest version.
        }
        List<String> names = versionNames();
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
    }

    public List<Version> versions() {
        List<Version> versions = new ArrayList<>();
        for (String name : versionNames()) {
            ModelMetadata metadata;
            try {
                metadata = ModelFiles.readMetadata(binOf(name));
            } catch (ModelLoadException e) {
                metadata = null;
            }
            versions.add(new Version(name, binOf(name), metadata));
        }
        return versions;
    }

    /**
     * Loads the current model; if it is unreadable, the newest older version that loads. Each
     * file that failed adds a warning naming it. Empty when no stored model loads.
     */
    public Optional<Loaded> loadCurrent(List<String> warnings) {
        Optional<String> current = current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(versionNames());
        candidates.removeIf(name -> name.compareTo(current.get()) > 0);
        candidates.sort(Comparator.reverseOrder());
        for (String name : candidates) {
            try {
                LoadedModel model = ModelFiles.load(binOf(name));
                if (!name.equals(current.get())) {
                    warnings.add("using the previous model " + name + " instead");
                }
                return Optional.of(new Loaded(model, name, List.copyOf(warnings)));
            } catch (ModelLoadException e) {
                warnings.add(e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The current stored model, or the shipped default when the store has none that loads. */
    public Loaded loadCurrentOrBundled() throws ModelLoadException {
        List<String> warnings = new ArrayList<>();
        Optional<Loaded> stored = loadCurrent(warnings);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (!warnings.isEmpty()) {
            warnings.add("using the default model instead");
        }
        return new Loaded(ModelFiles.loadBundled(), BUNDLED, List.copyOf(warnings));
    }

    public Path binOf(String version) {
        return dir.resolve(version + ".bin");
    }

    private String nextVersion() {
        List<String> names = versionNames();
        int last = names.isEmpty() ? 0 : Integer.parseInt(names.get(names.size() - 1).substring(1));
        return String.format("v%04d", last + 1);
    }

    /** Version names in ascending order. */
    private List<String> versionNames() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> VERSION_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> "v" + m.group(1))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1))))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
