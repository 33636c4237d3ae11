package com.usthem.core.train;

import opennlp.tools.ml.model.Event;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The checksum OpenNLP records in a model's manifest as {@code Training-Eventhash}: CRC32C of
 * every training event as text, in order. Training without OpenNLP's event stream computes it the
 * same way, so a model's manifest still tells which events it was trained on.
 */
final class EventHash {

    static final String MANIFEST_ENTRY = "Training-Eventhash";

    private EventHash() {
    }

    static long of(ExampleFeatures features, int[] subset, String[] outcomes) {
        CRC32C checksum = new CRC32C();
        for (int k = 0; k < subset.length; k++) {
            checksum.update(new Event(outcomes[k], features.strings(subset[k])).toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
        return checksum.getValue();
    }
}
