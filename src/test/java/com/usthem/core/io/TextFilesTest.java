package com.usthem.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextFilesTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsUtf8() throws Exception {
        Path file = dir.resolve("copy.txt");
        Files.writeString(file, "Caf\u00e9 \u2013 \u201cdream\u201d \uD83D\uDE80\nline two\n", StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9 \u2013 \u201cdream\u201d \uD83D\uDE80\nline two\n", TextFiles.read(file));
    }

    @Test
    void byteOrderMarkIsStripped() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.write(file, concat(BOM, "text,label\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text,label\n", TextFiles.read(file));
    }

    @Test
    void onlyTheLeadingByteOrderMarkIsStripped() throws Exception {
        byte[] bytes = concat(BOM, "a".getBytes(StandardCharsets.UTF_8), BOM);
        assertEquals("a\uFEFF", TextFiles.decode("x", bytes));
    }

    @Test
    void emptyFile() throws Exception {
        Path file = dir.resolve("empty.jsonl");
        Files.write(file, new byte[0]);
        assertEquals("", TextFiles.read(file));
        assertEquals("", TextFiles.decode("x", BOM));
    }

    @Test
    void binaryFileIsRefusedWithTheFileName() throws IOException {
        Path file = dir.resolve("model.bin");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> TextFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(0, e.line());
        assertEquals(file + ": looks like a binary file, not text", e.getMessage());
    }

    @Test
    void otherEncodingIsRefusedWithTheLineOfTheFirstBadByte() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "text,label\nSign today.,sales\nCaf\u00e9 culture.,marketing\n".getBytes(StandardCharsets.ISO_8859_1));
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> TextFiles.read(file));
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertEquals(file + ":3: not valid UTF-8 text; save the file as UTF-8 and try again", e.getMessage());
    }

    @Test
    void badByteOnTheFirstLine() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TextFiles.decode("paste", new byte[] {'o', 'k', (byte) 0xFF, '\n'}));
        assertEquals(1, e.line());
        assertEquals("paste:1: not valid UTF-8 text; save the file as UTF-8 and try again", e.getMessage());
    }

    @Test
    void missingFileAndFolder() {
        Path missing = dir.resolve("nope.txt");
        UnreadableFileException noFile = assertThrows(UnreadableFileException.class, () -> TextFiles.read(missing));
        assertEquals(missing + ": no such file", noFile.getMessage());

        UnreadableFileException folder = assertThrows(UnreadableFileException.class, () -> TextFiles.read(dir));
        assertEquals(dir + ": is a folder, not a file", folder.getMessage());
        assertEquals("is a folder, not a file", folder.reason());
    }
}
