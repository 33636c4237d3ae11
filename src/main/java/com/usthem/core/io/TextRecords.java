package com.usthem.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Lines input to score: each line an object with a non-empty {@code "text"} string, other fields free. */
public final class TextRecords {

    private TextRecords() {
    }

    /** Parses one line; throws IllegalArgumentException saying what is wrong with it. */
    public static ObjectNode parse(String line) {
        ObjectNode record = Json.parseObjectLine(line, "with a \"text\" field");
        JsonNode text = record.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("missing \"text\" string field");
        }
        if (text.asText().isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
        return record;
    }
}
