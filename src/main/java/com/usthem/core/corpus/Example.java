package com.usthem.core.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One labeled piece of copy. Fields this version does not know (axis, channel, ...) travel in
 * {@code extras} so that rewriting a corpus never drops what a newer version or a person added.
 */
public record Example(String id, String text, Label label, String source, Instant added,
                      Map<String, JsonNode> extras) {

    /** Who gave the label; absent in the shipped corpus and in labels from before names were recorded. */
    public static final String AUTHOR = "author";
    /** True on a line that records the team settling a disputed copy, rather than one person's label. */
    public static final String SETTLES = "settles";

    public Example {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
    }

    public static Example of(String text, Label label, String source, Instant added) {
        return new Example(ExampleIds.forText(text), text, label, source, added, Map.of());
    }

    /** The text value of an optional field, or null when absent. */
    public String attribute(String name) {
        JsonNode node = extras.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    public boolean hard() {
        JsonNode node = extras.get("hard");
        return node != null && node.asBoolean(false);
    }

    /** Who gave the label, or null when nobody's name was recorded. */
    public String author() {
        return attribute(AUTHOR);
    }

    /** Whether this line settles a dispute over its copy (see {@link #SETTLES}). */
    public boolean settles() {
        JsonNode node = extras.get(SETTLES);
        return node != null && node.asBoolean(false);
    }

    /** The same example with this author, or with none when {@code name} is null. */
    public Example withAuthor(String name) {
        if (name != null) {
            return withExtra(AUTHOR, TextNode.valueOf(name));
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>(extras);
        copy.remove(AUTHOR);
        return new Example(id, text, label, source, added, copy);
    }

    /** The same example as labeled anew: {@code source}, stamped {@code added}. */
    public Example stamped(String newSource, Instant newAdded) {
        return new Example(id, text, label, newSource, newAdded, extras);
    }

    public Example withLabel(Label newLabel) {
        return new Example(id, text, newLabel, source, added, extras);
    }

    public Example withText(String newText) {
        return new Example(id, newText, label, source, added, extras);
    }

    public Example withExtra(String name, JsonNode value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(extras);
        copy.put(name, value);
        return new Example(id, text, label, source, added, copy);
    }
}
