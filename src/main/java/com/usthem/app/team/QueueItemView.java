package com.usthem.app.team;

import com.usthem.app.score.Lean;
import com.usthem.app.view.VerdictGauge;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * What the labeling queue and the conflicts queue show alike around the copy: how far the user is,
 * as words and a bar, and the current model's verdict on the copy, as words and a gauge.
 */
record QueueItemView(Label position, ProgressBar answered, Label verdict, VerdictGauge gauge) {

    /** The views, with ids {@code prefix-position} and {@code prefix-verdict}. */
    static QueueItemView of(String prefix) {
        QueueItemView view = new QueueItemView(TeamViews.wrapping(""), new ProgressBar(), TeamViews.wrapping(""),
                new VerdictGauge());
        view.position.setId(prefix + "-position");
        view.verdict.setId(prefix + "-verdict");
        view.answered.setMaxWidth(Double.MAX_VALUE);
        view.gauge.setMaxWidth(Double.MAX_VALUE);
        return view;
    }

    /** "3 of 5 answered: ..." and the share answered, 0..1. */
    void progress(String where, double fraction) {
        position.setText(where);
        answered.setProgress(fraction);
    }

    /** "The model: leans sales (62% sales)", and the gauge's marker there. */
    void score(double sales) {
        gauge.salesProperty().set(sales);
        verdict.setText("The model: " + Lean.of(sales).words() + " (" + Figures.sales(sales) + ")");
    }
}
