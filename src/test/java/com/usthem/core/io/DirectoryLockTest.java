package com.usthem.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void readModifyWriteUnderTheLockLosesNoUpdate() throws Exception {
        Path counter = dir.resolve("counter");
        AtomicFiles.writeString(counter, "0");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
                            int value = Integer.parseInt(Files.readString(counter));
                            Thread.yield();
                            AtomicFiles.writeString(counter, Integer.toString(value + 1));
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals("200", Files.readString(counter));
    }

    @Test
    void theSameThreadMayTakeTheLockAgain() throws Exception {
        try (DirectoryLock outer = DirectoryLock.acquire(dir);
             DirectoryLock inner = DirectoryLock.acquire(dir.resolve(".").resolve("sub").getParent())) {
            AtomicFiles.writeString(dir.resolve("x"), "nested");
        }
        try (DirectoryLock again = DirectoryLock.acquire(dir)) {
            assertEquals("nested", Files.readString(dir.resolve("x")));
        }
    }
}
