package com.usthem.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads user files as UTF-8 text and refuses, with a message naming the file and line, what is
 * not text: binary files, other encodings, files too large to be copy.
 */
public final class TextFiles {

    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private TextFiles() {
    }

    public static String read(Path file) throws UnreadableFileException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException(file.toString(), 0, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableFileException(file.toString(), 0, "file is " + (size / (1024 * 1024))
                        + " MB; the limit is " + (MAX_BYTES / (1024 * 1024)) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new UnreadableFileException(file.toString(), 0, "cannot read (" + e.getMessage() + ")");
        }
        return decode(file.toString(), bytes);
    }

    /** Decodes bytes as strict UTF-8, naming {@code source} in any error. */
    public static String decode(String source, byte[] bytes) throws UnreadableFileException {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(source, 0, "looks like a binary file, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes);
            throw new UnreadableFileException(source, line,
                    "not valid UTF-8 text; save the file as UTF-8 and try again");
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
