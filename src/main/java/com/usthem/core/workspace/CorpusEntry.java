package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;

import java.nio.file.Path;

/** An example of the workspace corpus and the file it is kept in. */
public record CorpusEntry(Example example, Path file) {

    /** Whether it belongs to the held-out test split: measured on, never trained on. */
    public boolean heldOut() {
        return file.getFileName().toString().equals(CorpusFiles.TEST_FILE);
    }
}
