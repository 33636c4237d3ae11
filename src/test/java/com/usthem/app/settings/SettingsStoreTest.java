package com.usthem.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.Label;
import com.usthem.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaultsWithoutAWarning() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("usthem/settings.json")).load();
        assertEquals(AppSettings.DEFAULTS, loaded.settings());
        assertNull(loaded.warning());
        assertFalse(loaded.settings().firstLaunchSeen());
    }

    @Test
    void savedSettingsComeBackInTheNextRun() throws Exception {
        Path file = dir.resolve("usthem/settings.json");
        AppSettings changed = AppSettings.DEFAULTS.withWindow(900, 640, false).withTheme(Theme.DARK)
                .withFontScale(1.5).withFirstLaunchSeen().withTarget(Label.SALES);
        new SettingsStore(file).save(changed);
        assertEquals(changed, new SettingsStore(file).load().settings());
        assertTrue(Files.readString(file).contains("\"theme\" : \"dark\""), Files.readString(file));
        assertTrue(Files.readString(file).contains("\"target\" : \"sales\""), Files.readString(file));
    }

    @Test
    void fieldsThisVersionDoesNotKnowSurviveASave() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"dark\",\"recentFiles\":[\"a.txt\"],\"trainer\":{\"folds\":3}}");
        SettingsStore store = new SettingsStore(file);
        AppSettings loaded = store.load().settings();
        assertEquals(Theme.DARK, loaded.theme());
        store.save(loaded.withFontScale(1.2));
        JsonNode saved = Json.MAPPER.readTree(file.toFile());
        assertEquals("a.txt", saved.get("recentFiles").get(0).asText());
        assertEquals(3, saved.get("trainer").get("folds").asInt());
        assertEquals(1.2, saved.get("fontScale").asDouble(), 1e-9);
    }

    @Test
    void missingAndOutOfRangeValuesFallBackToUsableOnes() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"windowWidth\":-5,\"fontScale\":9}");
        AppSettings settings = new SettingsStore(file).load().settings();
        assertEquals(AppSettings.DEFAULTS.windowWidth(), settings.windowWidth());
        assertEquals(AppSettings.MAX_FONT_SCALE, settings.fontScale());
        assertEquals(Theme.LIGHT, settings.theme());
    }

    @Test
    void theAuthorIsANameNoneChosenOrNotSaidYet() throws Exception {
        Path file = dir.resolve("settings.json");
        assertNull(AppSettings.DEFAULTS.author(), "not said yet: the first label asks");
        SettingsStore store = new SettingsStore(file);
        store.save(AppSettings.DEFAULTS.withAuthor("  Ana "));
        assertEquals("Ana", new SettingsStore(file).load().settings().author());
        store.save(AppSettings.DEFAULTS.withAuthor("   "));
        assertEquals("", new SettingsStore(file).load().settings().author(), "chose to label without a name");
        Files.writeString(file, "{\"author\":\"" + "x".repeat(81) + "\"}");
        assertNull(new SettingsStore(file).load().settings().author(), "no name a label can carry: asked again");
    }

    @Test
    void anUnreadableFileIsReportedAndSetAsideBeforeItIsReplaced() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        SettingsStore store = new SettingsStore(file);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(AppSettings.DEFAULTS, loaded.settings());
        assertTrue(loaded.warning().startsWith(file + ": unreadable settings, defaults used"), loaded.warning());
        store.save(loaded.settings().withTheme(Theme.DARK));
        assertEquals("{ not json", Files.readString(dir.resolve("settings.json.unreadable")));
        assertEquals(Theme.DARK, new SettingsStore(file).load().settings().theme());
    }

    @Test
    void theSystemPropertyChoosesTheFile() {
        String before = System.getProperty(SettingsStore.PATH_PROPERTY);
        try {
            System.setProperty(SettingsStore.PATH_PROPERTY, dir.resolve("elsewhere.json").toString());
            assertEquals(dir.resolve("elsewhere.json"), SettingsStore.fromEnvironment().file());
        } finally {
            if (before == null) {
                System.clearProperty(SettingsStore.PATH_PROPERTY);
            } else {
                System.setProperty(SettingsStore.PATH_PROPERTY, before);
            }
        }
    }

    @Test
    void theWorkspaceFolderChosenInTheAppIsRemembered() throws Exception {
        Path file = dir.resolve("usthem/settings.json");
        new SettingsStore(file).save(AppSettings.DEFAULTS.withWorkspace(" /srv/team/usthem "));
        assertEquals("/srv/team/usthem", new SettingsStore(file).load().settings().workspace());
        new SettingsStore(file).save(AppSettings.DEFAULTS.withWorkspace(""));
        assertNull(new SettingsStore(file).load().settings().workspace(), "blank means the default folder");
    }
}
