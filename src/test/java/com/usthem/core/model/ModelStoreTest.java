package com.usthem.core.model;

import com.usthem.core.TestModels;
import com.usthem.core.io.DirectoryLock;
import com.usthem.core.train.TrainerSettings;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelStoreTest {

    private static final DoccatModel MODEL = TestModels.trainTiny(new TrainerSettings("maxent", 0, 20, "full"));

    @TempDir
    Path dir;

    private static ModelMetadata metadata(int examples) {
        return new ModelMetadata(Instant.parse("2026-11-28T10:00:00Z"), TrainerSettings.DEFAULT, examples, Map.of(),
                "sha256:x", null, null, null, List.of());
    }

    @Test
    void emptyStoreFallsBackToTheShippedModel() throws Exception {
        ModelStore store = new ModelStore(dir.resolve("models"));
        ModelStore.Loaded loaded = store.loadCurrentOrBundled();
        assertEquals(ModelStore.BUNDLED, loaded.version());
        assertTrue(loaded.warnings().isEmpty());
    }

    @Test
    void installKeepsEveryVersionAndSwitchesCurrent() throws Exception {
        ModelStore store = new ModelStore(dir);
        assertEquals("v0001", store.install(MODEL, metadata(1)));
        assertEquals("v0002", store.install(MODEL, metadata(2)));
        assertEquals("v0002", store.current().orElseThrow());
        assertEquals(List.of("v0001", "v0002"), store.versions().stream().map(ModelStore.Version::name).toList());
        assertEquals(2, store.versions().get(1).metadata().examples());

        store.makeCurrent("v0001");
        ModelStore.Loaded loaded = store.loadCurrentOrBundled();
        assertEquals("v0001", loaded.version());
        assertEquals(1, loaded.model().metadata().examples());
    }

    @Test
    void corruptCurrentModelFallsBackToThePreviousVersionWithAWarning() throws Exception {
        ModelStore store = new ModelStore(dir);
        store.install(MODEL, metadata(1));
        store.install(MODEL, metadata(2));
        Files.write(store.binOf("v0002"), new byte[] {1, 2, 3, 4});

        ModelStore.Loaded loaded = store.loadCurrentOrBundled();

        assertEquals("v0001", loaded.version());
        assertTrue(loaded.warnings().get(0).contains("v0002.bin"), loaded.warnings().toString());
        assertTrue(loaded.warnings().get(1).contains("v0001"), loaded.warnings().toString());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        ModelStore store = new ModelStore(dir);
        store.install(MODEL, metadata(1));
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        names.sort(null);
        assertEquals(List.of(DirectoryLock.FILE_NAME, "current", "v0001.bin", "v0001.json"), names);
    }

    @Test
    void makeCurrentAcceptsShortVersionNamesAndRefusesADamagedVersion() throws Exception {
        ModelStore store = new ModelStore(dir);
        store.install(MODEL, metadata(1));
        store.install(MODEL, metadata(2));
        store.install(MODEL, metadata(3));
        byte[] valid = Files.readAllBytes(store.binOf("v0002"));
        Files.write(store.binOf("v0002"), Arrays.copyOf(valid, valid.length / 2));

        assertEquals("v0001", store.makeCurrent("1"));
        assertEquals("v0001", store.current().orElseThrow());
        ModelLoadException damaged = assertThrows(ModelLoadException.class, () -> store.makeCurrent("v2"));
        assertTrue(damaged.getMessage().contains("v0002.bin: not a readable"), damaged.getMessage());
        ModelLoadException missing = assertThrows(ModelLoadException.class, () -> store.makeCurrent("v0009"));
        assertTrue(missing.getMessage().contains("no model version 'v0009'"), missing.getMessage());
        assertEquals("v0001", store.current().orElseThrow(), "a refused switch leaves the current model alone");
    }

    @Test
    void installIfEmptyOnlyInstallsIntoAnEmptyStore() throws Exception {
        ModelStore store = new ModelStore(dir);
        LoadedModel model = new LoadedModel("test", MODEL, metadata(7));
        assertEquals("v0001", store.installIfEmpty(model).orElseThrow());
        assertTrue(store.installIfEmpty(model).isEmpty());
        assertEquals(1, store.versions().size());
    }

    @Test
    void canonicalNamesPadTheNumber() {
        assertEquals("v0003", ModelStore.canonicalName("3"));
        assertEquals("v0003", ModelStore.canonicalName("v3"));
        assertEquals("v0003", ModelStore.canonicalName(" v0003 "));
        assertEquals("v12345", ModelStore.canonicalName("12345"));
        assertEquals("latest", ModelStore.canonicalName("latest"));
    }
}
