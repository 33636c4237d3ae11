package com.usthem.core.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Reads examples from the text of one file and writes them back in the same format. */
public interface CorpusCodec {

    /**
     * Parses {@code content}, reporting each bad line against {@code source} and keeping the good ones.
     * Examples without a source field get {@code defaultSource}.
     */
    CorpusReadResult parse(String source, String content, String defaultSource);

    void write(List<Example> examples, OutputStream out) throws IOException;
}
