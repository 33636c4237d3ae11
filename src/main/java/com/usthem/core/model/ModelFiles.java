package com.usthem.core.model;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.Json;
import opennlp.tools.doccat.DoccatModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A model on disk: an OpenNLP {@code .bin} and its metadata JSON beside it (same name, .json).
 * Each file is written atomically, the metadata first: a model store only sees a version once its
 * {@code .bin} is there, so a crash between the two leaves no version without its metadata.
 */
public final class ModelFiles {

    public static final String BUNDLED_BIN = "/models/usthem.bin";
    public static final String BUNDLED_JSON = "/models/usthem.json";

    private ModelFiles() {
    }

    public static Path metadataPath(Path bin) {
        String name = bin.getFileName().toString();
        String base = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return bin.resolveSibling(base + ".json");
    }

    public static void write(Path bin, DoccatModel model, ModelMetadata metadata) throws IOException {
        writeMetadata(bin, metadata);
        AtomicFiles.write(bin, model::serialize);
    }

    public static void writeMetadata(Path bin, ModelMetadata metadata) throws IOException {
        AtomicFiles.writeString(metadataPath(bin),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(metadata) + "\n");
    }

    /** Loads a model and its metadata; a model without metadata gets none (null), not an error. */
    public static LoadedModel load(Path bin) throws ModelLoadException {
        DoccatModel model;
        try (InputStream in = Files.newInputStream(bin)) {
            model = new DoccatModel(in);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(bin + ": no such model file");
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(bin + ": not a readable UsThem/OpenNLP model (" + e.getMessage() + ")");
        }
        return new LoadedModel(bin.toString(), model, readMetadata(bin));
    }

    public static ModelMetadata readMetadata(Path bin) throws ModelLoadException {
        Path json = metadataPath(bin);
        if (!Files.exists(json)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json.toFile(), ModelMetadata.class);
        } catch (IOException e) {
            throw new ModelLoadException(json + ": unreadable model metadata (" + e.getMessage() + ")");
        }
    }

    /** The default model shipped inside the application. */
    public static LoadedModel loadBundled() throws ModelLoadException {
        try (InputStream bin = ModelFiles.class.getResourceAsStream(BUNDLED_BIN);
             InputStream json = ModelFiles.class.getResourceAsStream(BUNDLED_JSON)) {
            if (bin == null) {
                throw new ModelLoadException("the default model " + BUNDLED_BIN + " is missing from the application");
            }
            ModelMetadata metadata = json == null ? null : Json.MAPPER.readValue(json, ModelMetadata.class);
            return new LoadedModel("default model", new DoccatModel(bin), metadata);
        } catch (IOException e) {
            throw new ModelLoadException("the default model cannot be read (" + e.getMessage() + ")");
        }
    }
}
