package com.usthem.cli;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.RepeatedCopies;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Labeled examples to train or measure on, read from a file or folder: a bad line stops the
 * command, a text repeated with its label is used once and one with different labels is left out,
 * both said on stderr.
 */
final class TrainingFiles {

    private TrainingFiles() {
    }

    static List<Example> read(Path fileOrFolder, PrintWriter err) throws CorpusException {
        RepeatedCopies read = RepeatedCopies.of(CorpusFiles.readTraining(fileOrFolder).checked());
        read.report().forEach(note -> err.println("usthem: " + note));
        err.flush();
        return read.kept();
    }
}
