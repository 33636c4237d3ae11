package com.usthem.core.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnlabeledTextsTest {

    @TempDir
    Path dir;

    @Test
    void oneTextALineSkipsBlankLines() {
        UnlabeledTexts.Batch batch = UnlabeledTexts.parse("paste", "Sign today.\r\n\n  Our story.  \n",
                UnlabeledTexts.Format.LINES);
        assertEquals(List.of("Sign today.", "Our story."), batch.texts());
        assertEquals(List.of(), batch.problems());
    }

    @Test
    void csvNeedsATextColumnAndIgnoresALabel() {
        UnlabeledTexts.Batch batch = UnlabeledTexts.parse("in.csv",
                "id,text,label\n1,\"Sign today,\nplease.\",sales\n2,,\n3,Our story.,\n4,too,many,columns\n",
                UnlabeledTexts.Format.CSV);
        assertEquals(List.of("Sign today,\nplease.", "Our story."), batch.texts());
        assertEquals(List.of("in.csv:4: empty text", "in.csv:6: expected 3 columns, found 4"),
                batch.problems().stream().map(Object::toString).toList());

        UnlabeledTexts.Batch noText = UnlabeledTexts.parse("in.csv", "copy\nSign.\n", UnlabeledTexts.Format.CSV);
        assertEquals(List.of("in.csv:1: header must name a 'text' column (found: copy)"),
                noText.problems().stream().map(Object::toString).toList());
    }

    @Test
    void jsonLinesTakeTheTextFieldAndReportBadLines() throws Exception {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "{\"text\":\"Sign today.\",\"label\":\"sales\"}\nnot json\n{\"text\":3}\n[1]\n"
                + "{\"text\":\"Our story.\"}\n");
        UnlabeledTexts.Batch batch = UnlabeledTexts.read(file);
        assertEquals(List.of("Sign today.", "Our story."), batch.texts());
        assertEquals(List.of(file + ":2", file + ":3: field 'text' must be a string",
                        file + ":4: expected a JSON object with a 'text' field"),
                batch.problems().stream().map(p -> p.line() == 2 ? p.file() + ":2" : p.toString()).toList());
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertEquals(UnlabeledTexts.Format.CSV, UnlabeledTexts.Format.fromFileName(Path.of("a.CSV")));
        assertEquals(UnlabeledTexts.Format.JSONL, UnlabeledTexts.Format.fromFileName(Path.of("a.jsonl")));
        assertEquals(UnlabeledTexts.Format.LINES, UnlabeledTexts.Format.fromFileName(Path.of("a.txt")));
    }

    @Test
    void aBinaryFileIsOneProblemNotACrash() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        UnlabeledTexts.Batch batch = UnlabeledTexts.read(file);
        assertEquals(List.of(), batch.texts());
        assertEquals(List.of(file + ": looks like a binary file, not text"),
                batch.problems().stream().map(Object::toString).toList());
    }
}
