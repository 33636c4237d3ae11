package com.usthem.cli;

import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line naming a loaded model: which one, where it lives and how it was trained and measured. */
final class ModelInUse {

    private ModelInUse() {
    }

    /**
     * "v0002 in /home/ann/.usthem (maxent cutoff=3 ..., 1298 examples, test accuracy 0.963)", or
     * "the default model shipped with UsThem (...)" when the workspace has no model of its own yet.
     */
    static String describe(ModelStore.Loaded loaded, Workspace workspace) {
        String name = ModelStore.BUNDLED.equals(loaded.version())
                ? "the default model shipped with UsThem" : loaded.version() + " in " + workspace.root();
        ModelMetadata metadata = loaded.model().metadata();
        if (metadata == null) {
            return name + " (no metadata)";
        }
        List<String> facts = new ArrayList<>();
        facts.add(String.valueOf(metadata.trainer()));
        facts.add(metadata.examples() + " examples");
        facts.add(metadata.test() == null ? "test accuracy not measured"
                : String.format(Locale.ROOT, "test accuracy %.3f", metadata.test().accuracy()));
        return name + " (" + String.join(", ", facts) + ")";
    }
}
