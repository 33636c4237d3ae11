package com.usthem.core.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Adds examples to a corpus without adding the same copy twice (compared by normalized text). */
public final class CorpusMerge {

    private CorpusMerge() {
    }

    /** The incoming examples that are new, and how many were already present. */
    public record Result(List<Example> added, int duplicates) {
    }

    public static Result add(List<Example> existing, List<Example> incoming) {
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        existing.forEach(e -> {
            seen.add(ExampleIds.normalize(e.text()));
            ids.add(e.id());
        });
        List<Example> added = new ArrayList<>();
        int duplicates = 0;
        for (Example example : incoming) {
            if (seen.add(ExampleIds.normalize(example.text()))) {
                Example unique = ids.contains(example.id()) ? withFreshId(example, ids) : example;
                ids.add(unique.id());
                added.add(unique);
            } else {
                duplicates++;
            }
        }
        return new Result(added, duplicates);
    }

    /**
     * An imported example whose id is taken by different copy gets the id derived from its own text,
     * numbered when that is taken too (an edited example keeps the id of its old text).
     */
    private static Example withFreshId(Example example, Set<String> taken) {
        String base = ExampleIds.forText(example.text());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return new Example(id, example.text(), example.label(), example.source(), example.added(), example.extras());
    }
}
