package com.usthem.app.score;

import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.Metrics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The model in use described for people: which one, how it was trained, how well it tested. */
public final class ModelSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private ModelSummary() {
    }

    /** "the default model shipped with UsThem" or "your model v0003". */
    public static String name(ModelStore.Loaded loaded) {
        return ModelStore.BUNDLED.equals(loaded.version())
                ? "the default model shipped with UsThem" : "your model " + loaded.version();
    }

    /** "test accuracy 92.5% on 40 held-out examples", or that it was not measured. */
    public static String testAccuracy(ModelMetadata metadata) {
        Metrics test = metadata == null ? null : metadata.test();
        if (test == null) {
            return "test accuracy not measured";
        }
        return String.format(Locale.ROOT, "test accuracy %.1f%% on %d held-out examples",
                100 * test.accuracy(), test.examples());
    }

    /** Lines for the about box: name, origin, training, test and cross-validation figures. */
    public static List<String> lines(ModelStore.Loaded loaded) {
        ModelMetadata metadata = loaded.model().metadata();
        List<String> lines = new ArrayList<>();
        boolean bundled = ModelStore.BUNDLED.equals(loaded.version());
        lines.add("Model: " + name(loaded) + (bundled ? "." : " (" + loaded.model().origin() + ")."));
        if (metadata == null) {
            lines.add("No metadata is stored with this model.");
        } else {
            String created = metadata.created() == null ? "" : " on " + DATE.format(metadata.created());
            lines.add(String.format(Locale.ROOT, "Trained%s from %d examples (%s).", created, metadata.examples(),
                    metadata.trainer()));
        }
        lines.add(Lean.capitalize(testAccuracy(metadata)) + ".");
        if (metadata != null && metadata.crossValidation() != null) {
            lines.add(String.format(Locale.ROOT, "Cross-validated accuracy %.1f%% (%d folds).",
                    100 * metadata.crossValidation().accuracy(), metadata.folds() == null ? 0 : metadata.folds()));
        }
        if (metadata != null && !metadata.vocabulary().isEmpty()) {
            lines.add("Company names counted as 'we' words: " + String.join(", ", metadata.vocabulary()) + ".");
        }
        return lines;
    }
}
