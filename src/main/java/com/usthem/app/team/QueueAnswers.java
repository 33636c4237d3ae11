package com.usthem.app.team;

import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.workspace.AnswerQueue;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies a queue window's answers (a label, a skip, back one) to its queue on the workspace's
 * thread, where the queue lives (a queue is not thread-safe), in the order given: keys pressed
 * quickly each answer the item current by then, never lost or reordered. Then, on the FX thread,
 * shows the state the answer left, unless the window has moved to another queue meanwhile.
 *
 * @param shown         the queue the window shows now (null when none)
 * @param stateOf       what to show of a queue, worked out on the workspace's thread
 * @param show          shows it, on the FX thread
 * @param told          tells the user what an answer did, or why it was not saved
 * @param corpusChanged called after an answer that changed the corpus
 * @param <Q>           the queue
 * @param <S>           what the window shows of it
 */
record QueueAnswers<Q extends AnswerQueue, S>(WorkspaceSession session, Supplier<Q> shown, Function<Q, S> stateOf,
                                              Consumer<S> show, Consumer<String> told, Runnable corpusChanged) {

    /** One key's work on the queue; returns what it did, or null when there was nothing to do. */
    interface Answer<Q> {
        String apply(Q queue) throws Exception;
    }

    /** What an answer did, and the queue after it. */
    private record Answered<S>(String done, S state) {
    }

    /**
     * Answers the item shown as the key says: M or S with the label (or settlement) {@code labeling}
     * gives it, after asking who labels when the user has not said yet; Space moves on without an
     * answer; Backspace goes back one item, taking back its answer.
     *
     * @param labeling the answer a label gives, returning what it did
     * @param skipped  what a skip did, in the queue's words
     * @param back     what going back did
     */
    void press(QueueKey key, Function<Label, Answer<Q>> labeling, String skipped, String back) {
        switch (key) {
            case MARKETING, SALES -> {
                if (shown.get() != null && session.labeler().ready()) {
                    apply(queue -> queue.current().isPresent() ? labeling.apply(key.label()).apply(queue) : null, true);
                }
            }
            case SKIP -> apply(queue -> {
                if (queue.current().isEmpty()) {
                    return null;
                }
                queue.skip();
                return skipped;
            }, false);
            case BACK -> apply(queue -> queue.undo() ? back : null, true);
        }
    }

    /** Applies the answer to the queue shown; {@code changesCorpus} when it writes (a label, taking one back). */
    private void apply(Answer<Q> answer, boolean changesCorpus) {
        Q target = shown.get();
        if (target == null) {
            return;
        }
        session.run(() -> new Answered<>(answer.apply(target), stateOf.apply(target)), answered -> {
            if (shown.get() != target) {
                return;
            }
            if (answered.done() != null) {
                told.accept(answered.done());
            }
            show.accept(answered.state());
            if (changesCorpus && answered.done() != null) {
                corpusChanged.run();
            }
        }, problem -> told.accept("Not saved: " + problem));
    }
}
