package com.usthem.core.corpus;

import com.usthem.core.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlCorpusFileTest {

    private static final String FIRST = "{\"id\": \"a1\", \"text\": \"Caf\\u00e9 owners love us.\", \"label\": \"marketing\"}";
    private static final String SECOND = "{\"id\": \"a2\",  \"text\": \"Sign by Friday.\", \"label\": \"sales\", \"hard\": true}";
    private static final String THIRD = "{\"id\":\"a3\",\"text\":\"Our story.\",\"label\":\"marketing\"}";

    @TempDir
    Path dir;

    @Test
    void onlyTheChangedLineIsRewrittenTheOthersKeepTheirExactBytes() throws Exception {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, FIRST + "\r\n\r\n" + SECOND + "\r\n" + THIRD + "\r\n");

        JsonlCorpusFile lines = JsonlCorpusFile.read(file);
        lines.replace("a2", lines.get("a2").withLabel(Label.MARKETING));
        lines.remove("a3");
        lines.insert(1, Example.of("Book a call.", Label.SALES, "user", Instant.EPOCH));
        lines.write();

        String[] written = Files.readString(file).split("\r\n", -1);
        assertEquals(FIRST, written[0]);
        assertEquals("", written[1], "the blank line stays");
        assertTrue(written[2].contains("\"text\":\"Book a call.\""), written[2]);
        assertEquals("{\"id\":\"a2\",\"text\":\"Sign by Friday.\",\"label\":\"marketing\",\"source\":\"corpus\",\"hard\":true}",
                written[3]);
        assertEquals(5, written.length, "four lines, each ended with the file's own line end");
    }

    @Test
    void aFileWithABadLineIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, FIRST + "\nnot json\n");

        CorpusException refused = assertThrows(CorpusException.class, () -> JsonlCorpusFile.read(file));

        assertTrue(refused.getMessage().startsWith(file + ":2: malformed JSON"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(UsThem does not rewrite a file it cannot fully read)"));
    }

    @Test
    void aMissingFileIsEmptyAndWrittenOnFirstInsert() throws Exception {
        Path file = dir.resolve("new.jsonl");
        JsonlCorpusFile lines = JsonlCorpusFile.read(file);
        lines.insert(0, Example.of("Book a call.", Label.SALES, "user", null));
        lines.write();

        assertEquals(1, CorpusFiles.read(file, CorpusFormat.JSONL, "x").examples().size());
        assertTrue(Files.readString(file).endsWith("}\n"));
    }

    @Test
    void aFileWithTheSameCopyTwiceUnderOneIdIsNotChanged() throws Exception {
        Path file = dir.resolve("twice.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"Sign today.\",\"label\":\"sales\"}\n"
                + "{\"id\":\"a\",\"text\":\"Sign today!\",\"label\":\"sales\"}\n");
        CorpusException refused = assertThrows(CorpusException.class, () -> JsonlCorpusFile.read(file));
        assertTrue(refused.getMessage().startsWith(file + ":2: the same copy and id 'a' as line 1"),
                refused.getMessage());
    }
}
