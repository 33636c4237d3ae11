package com.usthem.app.task;

/** Tasks that run one at a time, in the order given; a task cancelled while it waits is skipped. */
@FunctionalInterface
public interface TaskQueue {

    <V> BackgroundTask<V> execute(BackgroundTask<V> task);
}
