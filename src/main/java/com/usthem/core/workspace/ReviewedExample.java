package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.classify.Classifier;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A corpus example beside the current model's verdict on it: one row of the examples table. */
public record ReviewedExample(CorpusEntry entry, double sales) {

    public Label label() {
        return entry.example().label();
    }

    public Label predicted() {
        return sales > 0.5 ? Label.SALES : Label.MARKETING;
    }

    /** Whether the model says what the label says. */
    public boolean agrees() {
        return predicted() == label();
    }

    public boolean lowConfidence() {
        return Certainty.isLow(sales);
    }

    /** The axis the example illustrates (us-them, dream-reality, ...), or null. */
    public String axis() {
        return entry.example().attribute("axis");
    }

    /** Who gave the label, or null when no name was recorded. */
    public String author() {
        return entry.example().author();
    }

    /** Whether the search words all occur in its text, label, source, axis or author (ignoring case). */
    public boolean matches(String search) {
        String haystack = String.join(" ", entry.example().text(), label().id(), entry.example().source(),
                axis() == null ? "" : axis(), author() == null ? "" : author()).toLowerCase(Locale.ROOT);
        for (String word : search.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Scores every entry with the model; slow for a large corpus, so it reports progress and can be cancelled. */
    public static List<ReviewedExample> review(List<CorpusEntry> entries, Classifier classifier,
                                               ProgressListener listener, Cancellation cancellation)
            throws CancelledException {
        List<ReviewedExample> reviewed = new ArrayList<>(entries.size());
        for (CorpusEntry entry : entries) {
            cancellation.throwIfCancelled();
            reviewed.add(new ReviewedExample(entry, classifier.score(entry.example().text()).sales()));
            listener.progress("scored " + reviewed.size() + " of " + entries.size(),
                    (double) reviewed.size() / entries.size());
        }
        return reviewed;
    }
}
