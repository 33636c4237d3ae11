package com.usthem.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.app.task.ErrorMessages;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The app settings file: {@code $XDG_CONFIG_HOME/usthem/settings.json} (default
 * {@code ~/.config/usthem/settings.json}), or the path in the system property {@code usthem.config}.
 *
 * <p>Fields this version does not know are kept when it saves, so settings written by a newer
 * version survive a run of an older one. An unreadable file is set aside (renamed
 * {@code settings.json.unreadable}) before it is replaced, never silently overwritten.
 */
public final class SettingsStore {

    public static final String PATH_PROPERTY = "usthem.config";

    private final Path file;
    private ObjectNode stored = Json.MAPPER.createObjectNode();
    private boolean unreadable;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore fromEnvironment() {
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isBlank()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(configHome.resolve("usthem").resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The settings and, when the file could not be used, a message saying why defaults are used. */
    public record Loaded(AppSettings settings, String warning) {
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(AppSettings.DEFAULTS, null);
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(file.toFile());
            if (!(tree instanceof ObjectNode object)) {
                throw new IOException("expected a JSON object");
            }
            AppSettings settings = Json.MAPPER.treeToValue(object, AppSettings.class);
            stored = object;
            return new Loaded(settings, null);
        } catch (IOException | IllegalArgumentException e) {
            unreadable = true;
            return new Loaded(AppSettings.DEFAULTS, file + ": unreadable settings, defaults used ("
                    + firstLine(ErrorMessages.describe(e)) + "); the file will be kept as " + file.getFileName()
                    + ".unreadable");
        }
    }

    public void save(AppSettings settings) throws IOException {
        if (unreadable && Files.exists(file)) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"),
                    StandardCopyOption.REPLACE_EXISTING);
            unreadable = false;
        }
        ObjectNode merged = stored.deepCopy();
        merged.setAll((ObjectNode) Json.MAPPER.valueToTree(settings));
        AtomicFiles.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(merged) + "\n");
        stored = merged;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
