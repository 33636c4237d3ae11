package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.team.LabeledCopy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The disputed copies of a workspace, one at a time, for the team to settle with the keys of the
 * labeling queue: marketing, sales, skip, back one (which takes back its settlement). Each item
 * shows every person's label with their name and date, and the current model's score. Each
 * settlement is saved at once (see {@link WorkspaceCorpus#settle}).
 *
 * <p>Not thread-safe: one view drives it.
 */
public final class ConflictQueue implements AnswerQueue {

    /** One disputed copy, with the current model's verdict to show beside the people's labels. */
    public record Item(LabeledCopy copy, TextScore score) {
    }

    private final WorkspaceCorpus corpus;
    private final List<Item> items;
    /** One entry per item answered: the settlement's edit, or null for a skip. */
    private final List<CorpusEdit> answers = new ArrayList<>();

    private ConflictQueue(WorkspaceCorpus corpus, List<Item> items) {
        this.corpus = corpus;
        this.items = List.copyOf(items);
    }

    /** The copies disputed now, in corpus order, scored by the model. */
    public static ConflictQueue build(WorkspaceCorpus corpus, Classifier classifier, ProgressListener listener,
                                      Cancellation cancellation) throws IOException, CancelledException {
        List<LabeledCopy> disputed = corpus.read().copies().stream()
                .filter(copy -> copy.state() == LabeledCopy.State.DISPUTED)
                .toList();
        List<Item> items = new ArrayList<>();
        for (LabeledCopy copy : disputed) {
            cancellation.throwIfCancelled();
            items.add(new Item(copy, classifier.score(copy.text())));
            listener.progress("scored " + items.size() + " of " + disputed.size(),
                    (double) items.size() / disputed.size());
        }
        return new ConflictQueue(corpus, items);
    }

    public List<Item> items() {
        return items;
    }

    /** The items not settled through this queue: skipped, current and still to come, in queue order. */
    public List<Item> open() {
        List<Item> open = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i >= answers.size() || answers.get(i) == null) {
                open.add(items.get(i));
            }
        }
        return open;
    }

    /** The items skipped so far, in queue order. */
    public List<Item> skipped() {
        List<Item> skipped = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) == null) {
                skipped.add(items.get(i));
            }
        }
        return skipped;
    }

    /** The copy to settle now; empty when every item has been answered. */
    @Override
    public Optional<Item> current() {
        return answers.size() < items.size() ? Optional.of(items.get(answers.size())) : Optional.empty();
    }

    /** M or S: settles the current copy with the author's name, saves it, and moves on. */
    public Labeled settle(Label label) throws IOException, CorpusException {
        Item item = current().orElseThrow(() -> new IllegalStateException("the queue is finished"));
        Labeled settled = corpus.settle(item.copy().text(), label);
        answers.add(settled.edit());
        return settled;
    }

    /** Moves on, leaving the copy disputed. */
    @Override
    public void skip() {
        if (current().isEmpty()) {
            throw new IllegalStateException("the queue is finished");
        }
        answers.add(null);
    }

    /** Steps back to the previous copy and takes back its settlement, if it got one. False when at the start. */
    @Override
    public boolean undo() throws IOException, CorpusException {
        if (answers.isEmpty()) {
            return false;
        }
        CorpusEdit last = answers.get(answers.size() - 1);
        if (last != null) {
            corpus.revert(last);
        }
        answers.remove(answers.size() - 1);
        return true;
    }

    /** How far the team is, settled copies counted as labeled. */
    public LabelingQueue.Progress progress() {
        int settled = (int) answers.stream().filter(edit -> edit != null).count();
        return new LabelingQueue.Progress(items.size(), settled, answers.size() - settled);
    }
}
