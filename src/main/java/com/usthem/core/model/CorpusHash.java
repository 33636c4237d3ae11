package com.usthem.core.model;

import com.usthem.core.corpus.Example;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the labeled text a model was trained on. Order-independent, and blind to ids
 * and timestamps: only a change of text or label makes a model stale.
 */
public final class CorpusHash {

    private CorpusHash() {
    }

    public static String of(List<Example> examples) {
        List<String> lines = examples.stream()
                .map(e -> e.label().id() + "\t" + e.text())
                .sorted()
                .toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
