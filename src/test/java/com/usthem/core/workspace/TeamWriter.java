package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.team.Author;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A child JVM of {@link SharedWorkspaceTest}: one person (or one of their windows) labeling or
 * importing on a shared workspace. It says {@code ready}, waits for the test's {@code go} file so
 * that every child starts at once, then says {@code writing N} before and {@code wrote N} after
 * each step, for {@code steps} steps (0: until killed).
 *
 * <p>A labeling step labels the shared copy N (ana says sales; ben says sales when N is even,
 * marketing when odd) and then the author's own copy N. An importing step imports the author's
 * rows N.
 */
public final class TeamWriter {

    private TeamWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String name = args[1];
        String mode = args[2];
        int steps = Integer.parseInt(args[3]);
        WorkspaceCorpus corpus = new WorkspaceCorpus(new Workspace(root), Clock.systemUTC(), () -> new Author(name));
        corpus.read();
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(root.resolve("go"))) {
            Thread.sleep(1);
        }
        for (int n = 1; steps == 0 || n <= steps; n++) {
            System.out.println("writing " + n);
            System.out.flush();
            if (mode.equals("label")) {
                corpus.label(sharedCopy(n), sharedLabel(name, n));
                corpus.label(ownCopy(name, n), Label.MARKETING);
            } else {
                Path rows = root.resolveSibling(name + "-rows-" + n + ".csv");
                Files.writeString(rows, "text,label\n\"" + importedCopy(name, n) + "\",sales\n");
                corpus.importFiles(List.of(rows), null);
            }
            System.out.println("wrote " + n);
            System.out.flush();
        }
    }

    static String sharedCopy(int n) {
        return "Shared copy " + n + ": your order ships Monday.";
    }

    static Label sharedLabel(String name, int n) {
        return name.equals("ben") && n % 2 == 1 ? Label.MARKETING : Label.SALES;
    }

    static String ownCopy(String name, int n) {
        return name + "'s own copy " + n + " about our brand.";
    }

    static String importedCopy(String name, int n) {
        return name + "'s imported row " + n + ", sign today.";
    }
}
