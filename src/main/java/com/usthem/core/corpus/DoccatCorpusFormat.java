package com.usthem.core.corpus;

import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.text.OneLine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** OpenNLP's document categorizer training format: {@code label text...}, one example per line. */
final class DoccatCorpusFormat implements CorpusCodec {

    @Override
    public CorpusReadResult parse(String source, String content, String defaultSource) {
        List<Example> examples = new ArrayList<>();
        List<FileLine> origins = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                String text = parts.length > 1 ? parts[1] : "";
                String textProblem = ExampleFields.textProblem(text);
                if (textProblem != null) {
                    throw new IllegalArgumentException(textProblem + " after the label");
                }
                examples.add(new Example(ExampleIds.forText(text), text, ExampleFields.label(parts[0]),
                        defaultSource, null, Map.of()));
                origins.add(new FileLine(source, i + 1));
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(source, i + 1, e.getMessage()));
            }
        }
        return new CorpusReadResult(examples, origins, problems);
    }

    @Override
    public void write(List<Example> examples, OutputStream out) throws IOException {
        for (Example example : examples) {
            String oneLine = OneLine.of(example.text());
            out.write((example.label().id() + " " + oneLine + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
