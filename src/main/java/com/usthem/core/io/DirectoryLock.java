package com.usthem.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises read-modify-write of the files in one folder across threads and processes: the app
 * and the command line may work on the same workspace at once, and without the lock one of two
 * simultaneous saves would silently undo the other. The operating system releases the file lock
 * when a process dies, so a killed writer never blocks the next one.
 *
 * <p>Re-entrant per thread; the lock file ({@value #FILE_NAME}) stays in the folder.
 */
public final class DirectoryLock implements AutoCloseable {

    public static final String FILE_NAME = ".lock";

    private static final Map<Path, ReentrantLock> THREAD_LOCKS = new ConcurrentHashMap<>();
    private static final Map<Path, FileLock> FILE_LOCKS = new ConcurrentHashMap<>();

    private final Path key;
    private final ReentrantLock threadLock;

    private DirectoryLock(Path key, ReentrantLock threadLock) {
        this.key = key;
        this.threadLock = threadLock;
    }

    /** Blocks until this thread holds the folder's lock; creates the folder if needed. */
    public static DirectoryLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path key = dir.toAbsolutePath().normalize();
        ReentrantLock threadLock = THREAD_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        threadLock.lock();
        if (threadLock.getHoldCount() == 1) {
            try {
                // Java refuses a second lock on one file within a process: only the outermost holder takes it.
                FileChannel channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                try {
                    FILE_LOCKS.put(key, channel.lock());
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                threadLock.unlock();
                throw e;
            }
        }
        return new DirectoryLock(key, threadLock);
    }

    @Override
    public void close() throws IOException {
        try {
            if (threadLock.getHoldCount() == 1) {
                FileLock fileLock = FILE_LOCKS.remove(key);
                try (FileChannel channel = fileLock.channel()) {
                    fileLock.release();
                }
            }
        } finally {
            threadLock.unlock();
        }
    }
}
