package com.usthem.core.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * A room's two identifiers. The token is the secret in the join address: every request must carry
 * it, and with 80 random bits behind a rate limit nobody on the network guesses it. The code is
 * short and public, shown on the projector and on every phone, so people can check they joined the
 * right room when several are open on one network.
 */
record RoomKeys(String token, String code) {

    /** Lowercase letters and digits a person can type from a projector without mixing up l and 1 or o and 0. */
    private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TOKEN_LENGTH = 16;
    private static final int CODE_LENGTH = 4;

    static RoomKeys generate(SecureRandom random) {
        return new RoomKeys(draw(random, TOKEN_ALPHABET, TOKEN_LENGTH), draw(random, CODE_ALPHABET, CODE_LENGTH));
    }

    /** Compares in constant time, so response times tell nothing about how much of a guess was right. */
    boolean tokenMatches(String candidate) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String draw(SecureRandom random, String alphabet, int length) {
        StringBuilder drawn = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            drawn.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return drawn.toString();
    }
}
