package com.usthem.core.workspace;

import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyFileTest {

    @TempDir
    Path dir;

    @Test
    void namesRoundTripAndCommentsAndBlankLinesAreIgnored() throws Exception {
        Path file = dir.resolve("vocabulary.txt");
        assertEquals(CompanyVocabulary.EMPTY, VocabularyFile.read(file));

        VocabularyFile.write(file, new CompanyVocabulary(List.of("Acme", "Road  Runner Pro", "Wile E.")));
        assertTrue(Files.readString(file).startsWith("# "));
        assertEquals(List.of("Acme", "Road Runner Pro", "Wile E."), VocabularyFile.read(file).names());

        Files.writeString(file, "Acme\n\n  # old names:\n  Beta Corp  \n");
        assertEquals(List.of("Acme", "Beta Corp"), VocabularyFile.read(file).names());
    }

    @Test
    void aNameThatWouldReadAsACommentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VocabularyFile.write(dir.resolve("v.txt"),
                new CompanyVocabulary(List.of("#1 Pizza"))));
    }

    @Test
    void aFileThatIsNotTextIsAClearError() throws Exception {
        Path file = dir.resolve("vocabulary.txt");
        Files.write(file, new byte[] {'A', 'c', (byte) 0xE9, 'e', '\n'});
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> VocabularyFile.read(file));
        assertEquals(file + ":1: not valid UTF-8 text; save the file as UTF-8 and try again", e.getMessage());
    }
}
