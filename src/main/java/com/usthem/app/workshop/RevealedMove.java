package com.usthem.app.workshop;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.compare.DistinctionChange;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopSession;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.BiConsumer;

/**
 * Which of the six distinctions the rewrite on screen moved most on from its prompt ("Moved most on
 * the journey vs. the last mile: +1.8 toward sales."), worked out off the FX thread each time a
 * rewrite is revealed; empty while it is worked out, when none moved and when nothing is revealed.
 */
final class RevealedMove {

    private final ReadOnlyObjectProperty<Rewrite> revealed;
    private final ReadOnlyObjectProperty<WorkshopSession> session;
    private final TaskQueue worker;
    private final BiConsumer<Boolean, String> tell;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /** {@code tell} tells the trainer a problem, as the workshop's own messages are told. */
    RevealedMove(ReadOnlyObjectProperty<Rewrite> revealed, ReadOnlyObjectProperty<WorkshopSession> session,
                 TaskQueue worker, BiConsumer<Boolean, String> tell) {
        this.revealed = revealed;
        this.session = session;
        this.worker = worker;
        this.tell = tell;
        revealed.addListener((observable, old, now) -> find(now));
    }

    private void find(Rewrite shown) {
        text.set("");
        WorkshopSession current = session.get();
        if (shown == null || current == null) {
            return;
        }
        worker.execute(BackgroundTask.of(() -> current.movedMost(shown)).onSuccess(move -> {
            if (revealed.get() == shown) {
                text.set(move.map(DistinctionChange::movedMost).orElse(""));
            }
        }).onFailure(problem -> tell.accept(true, "Could not tell which distinction the rewrite moved: " + problem)));
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
