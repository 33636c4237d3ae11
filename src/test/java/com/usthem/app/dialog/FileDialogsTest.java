package com.usthem.app.dialog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileDialogsTest {

    @Test
    void aNameWithoutExtensionGetsTheOneGiven() {
        assertEquals(Path.of("/d/offer.txt"), FileDialogs.withExtension(Path.of("/d/offer"), "txt"));
        assertEquals(Path.of("/d/offer.md"), FileDialogs.withExtension(Path.of("/d/offer.md"), "txt"));
        assertEquals(Path.of("/d/notes.markdown"), FileDialogs.withExtension(Path.of("/d/notes.markdown"), "txt"));
        assertEquals(Path.of("/d/.draft.txt"), FileDialogs.withExtension(Path.of("/d/.draft"), "txt"));
    }
}
