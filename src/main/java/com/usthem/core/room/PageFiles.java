package com.usthem.core.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The participant page: plain HTML, CSS and JavaScript shipped with UsThem, served as they are (nothing is filled in). */
final class PageFiles {

    /** A file of the page: its content type and text. */
    record File(String contentType, String text) {
    }

    /** By path under the room's address. */
    static final Map<String, File> BY_PATH = Map.of(
            "/", load("index.html", "text/html; charset=utf-8"),
            "/room.css", load("room.css", "text/css; charset=utf-8"),
            "/room.js", load("room.js", "text/javascript; charset=utf-8"));

    private PageFiles() {
    }

    private static File load(String name, String contentType) {
        try (InputStream in = PageFiles.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the participant page's " + name + " is missing from the build");
            }
            return new File(contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
