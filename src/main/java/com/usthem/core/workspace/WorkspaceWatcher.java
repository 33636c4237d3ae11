package com.usthem.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Notices when the workspace's files change: labels, imports and settlements from another
 * person, another process or another window; a new or rolled-back model; the company vocabulary.
 *
 * <p>It polls rather than subscribing to file-system events, which network drives and synced
 * folders do not deliver. Each file is recognised by its file key (a new one for every atomic
 * rewrite, where the file system has them), size and modification time, so a rewrite within one
 * tick of a coarse clock is still seen. Changes this process made itself are reported too: the
 * listener reloads, which is harmless.
 */
public final class WorkspaceWatcher implements AutoCloseable {

    /** The parts of a workspace that can change. */
    public enum Part { CORPUS, MODELS, VOCABULARY }

    private record Stamp(Object key, long size, long modified) {
    }

    private final Workspace workspace;
    private Map<Part, List<Stamp>> seen;
    private ScheduledExecutorService poller;

    /** Watches from now: what the files are now is what later changes are measured against. */
    public WorkspaceWatcher(Workspace workspace) {
        this.workspace = workspace;
        this.seen = stamps();
    }

    /**
     * Polls every {@code interval} on a daemon thread of its own and tells {@code listener}, on that
     * thread, which parts changed; until {@link #close}.
     */
    public synchronized WorkspaceWatcher start(Duration interval, Consumer<Set<Part>> listener) {
        if (poller != null) {
            throw new IllegalStateException("already watching");
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "usthem-workspace-watcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            Set<Part> changed = poll();
            if (!changed.isEmpty()) {
                listener.accept(changed);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The parts that changed since the last poll (or since the watcher was made); empty when none did. */
    public synchronized Set<Part> poll() {
        Map<Part, List<Stamp>> now = stamps();
        Set<Part> changed = EnumSet.noneOf(Part.class);
        for (Part part : Part.values()) {
            if (!Objects.equals(seen.get(part), now.get(part))) {
                changed.add(part);
            }
        }
        seen = now;
        return changed;
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    private Map<Part, List<Stamp>> stamps() {
        return Map.of(Part.CORPUS, folder(workspace.corpusDir(), ".jsonl"),
                Part.MODELS, folder(workspace.modelsDir(), ""),
                Part.VOCABULARY, file(workspace.vocabularyFile()));
    }

    /** Every visible file of the folder whose name ends so (temporary files of atomic writes are hidden). */
    private static List<Stamp> folder(Path dir, String suffix) {
        List<Stamp> stamps = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                stamps.addAll(file(file));
            }
        } catch (IOException e) {
            // A folder not there (yet) has no files; the next poll sees it when it comes.
        }
        return stamps;
    }

    private static List<Stamp> file(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey() != null ? attributes.fileKey() : file.getFileName().toString();
            return List.of(new Stamp(key, attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            // Unreadable for now (a network hiccup): reported as changed, and the reload that follows tells.
            return List.of(new Stamp(file.getFileName().toString(), -1, -1));
        }
    }
}
