package com.usthem.core.text;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ChunkTokenizerTest {

    @Test
    void tokenizesEverySentenceOfTheCorpusAndTheOutsideSetsAsOpenNlpDoes() throws Exception {
        TokenizerModel model;
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        TokenizerME openNlp = new TokenizerME(model);
        // A small cache, so that chunks are both remembered and forgotten along the way.
        ChunkTokenizer chunks = new ChunkTokenizer(model, 500);
        List<Example> texts = new ArrayList<>(CorpusFiles.readTraining(Path.of("training-data")).examples());
        texts.addAll(CorpusFiles.read(Path.of("training-data", CorpusFiles.TEST_FILE)).examples());
        texts.addAll(CorpusFiles.read(Path.of("evaluation", "outside-dev.jsonl")).examples());
        TextAnalyzer splitter = new TextAnalyzer(0);
        List<String> sentences = new ArrayList<>(List.of("", " ", "a", "Hi\u00a0Sam,", "e.g. U.S.A. 3.5% $1,200.00!",
                "“Quoted” — dashes… and don't/won't, #1 @team https://x.example/a?b=c"));
        for (Example example : texts) {
            splitter.sentenceSpans(example.text())
                    .forEach(span -> sentences.add(example.text().substring(span.getStart(), span.getEnd())));
        }
        for (String sentence : sentences) {
            assertArrayEquals(openNlp.tokenizePos(sentence), chunks.tokenizePos(sentence), sentence);
        }
    }
}
