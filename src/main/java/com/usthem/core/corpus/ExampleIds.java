package com.usthem.core.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable identifiers and the normal form used to recognise the same copy written twice. */
public final class ExampleIds {

    private ExampleIds() {
    }

    /** Lowercase letters and digits separated by single spaces: punctuation and case don't make new copy. */
    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return lower.strip();
    }

    public static String forText(String text) {
        return "x" + sha256(normalize(text)).substring(0, 12);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
