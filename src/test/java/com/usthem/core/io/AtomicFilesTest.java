package com.usthem.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeCreatesTheFileAndItsFolders() throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("corpus.jsonl");
        AtomicFiles.writeString(target, "caf\u00e9\n");
        assertArrayEquals("caf\u00e9\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of("corpus.jsonl"), filesIn(target.getParent()));
    }

    @Test
    void successfulWriteReplacesTheContent() throws IOException {
        Path target = dir.resolve("model.json");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFiles.write(target, out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.write("content".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of("model.json"), filesIn(dir));
    }

    @Test
    void failedWriteKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("corpus.jsonl");
        Files.writeString(target, "old content\n");
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals("old content\n", Files.readString(target));
        assertEquals(List.of("corpus.jsonl"), filesIn(dir));
    }

    @Test
    void uncheckedFailureIsHandledTheSameWay() throws IOException {
        Path target = dir.resolve("corpus.jsonl");
        Files.writeString(target, "old content\n");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[10_000]);
            throw new UncheckedIOException(new IOException("serializer failed"));
        }));
        assertEquals("old content\n", Files.readString(target));
        assertEquals(List.of("corpus.jsonl"), filesIn(dir));
    }

    @Test
    void failedFirstWriteCreatesNothing() throws IOException {
        Path target = dir.resolve("new.jsonl");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new IOException("cancelled");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void writerMayCloseTheStream() throws IOException {
        // Serializers such as Jackson's close the stream they were given when they finish.
        Path target = dir.resolve("export.csv");
        AtomicFiles.write(target, out -> {
            out.write("text,label\n".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("text,label\n", Files.readString(target));
        assertEquals(List.of("export.csv"), filesIn(dir));
    }

    @Test
    void copyReplacesTheTarget() throws IOException {
        Path source = dir.resolve("source.bin");
        Path target = dir.resolve("target.bin");
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(source, bytes);
        Files.writeString(target, "old");
        AtomicFiles.copy(source, target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
    }

    @Test
    void replacingKeepsTheFilePermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("shared.jsonl");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(target, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));

        Path fresh = dir.resolve("fresh.jsonl");
        AtomicFiles.writeString(fresh, "new");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new file is not left owner-only like a temporary file");
    }
}
