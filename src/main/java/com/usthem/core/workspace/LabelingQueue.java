package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Active learning: unlabeled copy shown one at a time, the copy the model is least sure about
 * first (smallest |P(sales) − 0.5|), since a label there teaches the model most. Each item takes
 * one answer: marketing, sales or skip; undo steps back one item and takes back its label.
 * Labels are saved to the workspace corpus at once (see {@link WorkspaceCorpus#label}).
 *
 * <p>Not thread-safe: one view drives it.
 */
public final class LabelingQueue implements AnswerQueue {

    /** One copy to label, with the current model's verdict and cues to show beside it. */
    public record Item(String text, TextScore score) {

        public double margin() {
            return Certainty.margin(score.sales());
        }
    }

    /** How far the user is: answered = labeled + skipped. */
    public record Progress(int total, int labeled, int skipped) {

        public int answered() {
            return labeled + skipped;
        }

        public int remaining() {
            return total - answered();
        }

        public double fraction() {
            return total == 0 ? 1 : (double) answered() / total;
        }
    }

    /** What the user did with one item; {@code edit} is null for a skip or copy that was already so labeled. */
    private record Step(Label label, CorpusEdit edit) {
    }

    private final WorkspaceCorpus corpus;
    private final List<Item> items;
    private final int leftOut;
    private final Deque<Step> steps = new ArrayDeque<>();

    private LabelingQueue(WorkspaceCorpus corpus, List<Item> items, int leftOut) {
        this.corpus = corpus;
        this.items = List.copyOf(items);
        this.leftOut = leftOut;
    }

    /**
     * Scores the texts with the current model and orders them least sure first (ties keep their
     * order). Copy already in the corpus, or repeated in the batch, is left out.
     */
    public static LabelingQueue build(List<String> texts, Classifier classifier, WorkspaceCorpus corpus,
                                      ProgressListener listener, Cancellation cancellation)
            throws IOException, CancelledException {
        Set<String> seen = new HashSet<>();
        corpus.read().all().forEach(example -> seen.add(ExampleIds.normalize(example.text())));
        List<Item> items = new ArrayList<>();
        int leftOut = 0;
        for (int i = 0; i < texts.size(); i++) {
            cancellation.throwIfCancelled();
            String text = texts.get(i).strip();
            String normalized = ExampleIds.normalize(text);
            if (normalized.isEmpty() || !seen.add(normalized)) {
                leftOut++;
                continue;
            }
            items.add(new Item(text, classifier.score(text)));
            listener.progress("scored " + (i + 1) + " of " + texts.size(), (i + 1.0) / texts.size());
        }
        items.sort(Comparator.comparingDouble(Item::margin));
        return new LabelingQueue(corpus, items, leftOut);
    }

    /** The items in the order they are shown. */
    public List<Item> items() {
        return items;
    }

    /** How many texts of the batch were not queued: already in the corpus, repeated, or without words. */
    public int leftOut() {
        return leftOut;
    }

    @Override
    public Optional<Item> current() {
        return steps.size() < items.size() ? Optional.of(items.get(steps.size())) : Optional.empty();
    }

    /** M or S: labels the current item, saves it, and moves on. */
    public Labeled label(Label label) throws IOException, CorpusException {
        Item item = current().orElseThrow(() -> new IllegalStateException("the queue is finished"));
        Labeled labeled = corpus.label(item.text(), label);
        steps.push(new Step(label, labeled.edit()));
        return labeled;
    }

    @Override
    public void skip() {
        if (current().isEmpty()) {
            throw new IllegalStateException("the queue is finished");
        }
        steps.push(new Step(null, null));
    }

    @Override
    public boolean undo() throws IOException, CorpusException {
        Step step = steps.peek();
        if (step == null) {
            return false;
        }
        if (step.edit() != null) {
            corpus.revert(step.edit());
        }
        steps.pop();
        return true;
    }

    public Progress progress() {
        int labeled = (int) steps.stream().filter(step -> step.label() != null).count();
        return new Progress(items.size(), labeled, steps.size() - labeled);
    }
}
