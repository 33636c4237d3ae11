package com.usthem.core.batch;

import com.usthem.core.io.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aTextOrMarkdownFileIsOneDraft() throws Exception {
        Path md = write("launch.MD", "# Launch\n\nWe are proud to announce our new range.\n");
        DraftFile read = DraftReader.read(md);
        assertEquals(List.of(new Draft(md, 0, null, "# Launch\n\nWe are proud to announce our new range.")),
                read.drafts());
        assertTrue(read.problems().isEmpty());
        assertEquals(md.toString(), read.drafts().get(0).location());
    }

    @Test
    void csvRowsAreDraftsNumberedByTheLineTheyStartOn() throws Exception {
        Path csv = write("drafts.csv", "id,owner,text\n"
                + "a1,Dana,\"Sign by Friday,\nplease.\"\n"
                + "a2,Lee,\n"
                + "a3,Kim,Our story began in 1998.,extra\n"
                + ",Ravi,Book your slot for Tuesday.\n");
        DraftFile read = DraftReader.read(csv);
        assertEquals(List.of(new Draft(csv, 2, "a1", "Sign by Friday,\nplease."),
                new Draft(csv, 6, null, "Book your slot for Tuesday.")), read.drafts());
        assertEquals(List.of(new FileProblem(csv.toString(), 4, "empty text"),
                new FileProblem(csv.toString(), 5, "expected 3 columns, found 4")), read.problems());
    }

    @Test
    void csvWithoutATextColumnIsOneProblem() throws Exception {
        Path csv = write("drafts.csv", "copy,label\nSign today.,sales\n");
        DraftFile read = DraftReader.read(csv);
        assertTrue(read.drafts().isEmpty());
        assertEquals(List.of(new FileProblem(csv.toString(), 1,
                "header must name a 'text' column (found: copy,label)")), read.problems());
    }

    @Test
    void jsonlBadLinesAreNamedAndTheOthersRead() throws Exception {
        Path jsonl = write("drafts.jsonl", "{\"id\": 7, \"text\": \"Sign page four.\"}\n"
                + "{\"text\": \"broken\"\n"
                + "\n"
                + "{\"text\": \"  \"}\n"
                + "{\"title\": \"no text\"}\n"
                + "{\"text\": \"Imagine a world without queues.\"}\n");
        DraftFile read = DraftReader.read(jsonl);
        assertEquals(List.of(new Draft(jsonl, 1, "7", "Sign page four."),
                new Draft(jsonl, 6, null, "Imagine a world without queues.")), read.drafts());
        assertEquals(3, read.problems().size());
        assertEquals(2, read.problems().get(0).line());
        assertTrue(read.problems().get(0).reason().startsWith("malformed JSON"), read.problems().toString());
        assertEquals(new FileProblem(jsonl.toString(), 4, "empty text"), read.problems().get(1));
        assertEquals(new FileProblem(jsonl.toString(), 5, "missing \"text\" string field"), read.problems().get(2));
    }

    @Test
    void unreadableFilesGiveOneProblemWithTheReason() throws Exception {
        Path binary = dir.resolve("logo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path latin1 = dir.resolve("old.txt");
        Files.write(latin1, "Caf\u00e9 cr\u00e8me for you.".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("gone.txt");
        Path blank = write("blank.txt", " \n\n");
        Path other = write("deck.pdf", "Sign today.");

        assertEquals(List.of(new FileProblem(binary.toString(), 0, "looks like a binary file, not text")),
                DraftReader.read(binary).problems());
        assertEquals(List.of(new FileProblem(latin1.toString(), 1,
                "not valid UTF-8 text; save the file as UTF-8 and try again")), DraftReader.read(latin1).problems());
        assertEquals(List.of(new FileProblem(missing.toString(), 0, "no such file")),
                DraftReader.read(missing).problems());
        assertEquals(List.of(new FileProblem(blank.toString(), 0, "no text in this file: nothing to score")),
                DraftReader.read(blank).problems());
        assertEquals(List.of(new FileProblem(other.toString(), 0,
                "not a draft file (batch scoring reads .txt, .md, .csv or .jsonl)")), DraftReader.read(other).problems());
        for (Path file : List.of(binary, latin1, missing, blank, other)) {
            assertTrue(DraftReader.read(file).drafts().isEmpty());
        }
    }

    @Test
    void draftFormatFollowsTheFileName() {
        assertEquals(DraftFormat.TEXT, DraftFormat.of(Path.of("a/b.txt")).orElseThrow());
        assertEquals(DraftFormat.CSV, DraftFormat.of(Path.of("B.CSV")).orElseThrow());
        assertEquals(DraftFormat.JSONL, DraftFormat.of(Path.of("x.jsonl")).orElseThrow());
        assertTrue(DraftFormat.of(Path.of("x.json")).isEmpty());
        assertNull(DraftFormat.of(Path.of("/")).orElse(null));
    }
}
