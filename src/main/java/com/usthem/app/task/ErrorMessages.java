package com.usthem.app.task;

import com.usthem.core.corpus.CorpusException;
import com.usthem.core.io.UnreadableFileException;
import com.usthem.core.model.ModelLoadException;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/** Why something failed, in words for the user. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /**
     * The message of the problems UsThem words itself (bad corpus lines, unusable text, unreadable
     * files and models); for anything else, the kind of error too, since Java's file errors are often
     * just a path ("AccessDeniedException: /home/me/.usthem/corpus").
     */
    public static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        boolean worded = cause instanceof CorpusException || cause instanceof UnreadableFileException
                || cause instanceof ModelLoadException || cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException;
        if (worded && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
