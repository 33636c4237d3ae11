package com.usthem.app.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * A horizontal scale from marketing (left) to sales (right) with a marker at the probability of
 * sales; no marker while there is no verdict (NaN).
 */
public final class VerdictGauge extends Region {

    private static final double TRACK_HEIGHT = 14;
    private static final double MARKER_WIDTH = 6;
    private static final double MARKER_OVERHANG = 5;

    private final Region track = new Region();
    private final Region marker = new Region();
    private final DoubleProperty sales = new SimpleDoubleProperty(this, "sales", Double.NaN);

    public VerdictGauge() {
        getStyleClass().add("verdict-gauge");
        track.getStyleClass().add("gauge-track");
        marker.getStyleClass().add("gauge-marker");
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        getChildren().addAll(track, marker);
        sales.addListener((observable, old, now) -> {
            marker.setVisible(!Double.isNaN(now.doubleValue()));
            setAccessibleText(Double.isNaN(now.doubleValue()) ? "No verdict yet"
                    : String.format(Locale.ROOT, "%.0f%% sales", 100 * now.doubleValue()));
            requestLayout();
        });
        marker.setVisible(false);
        setMinHeight(TRACK_HEIGHT + 2 * MARKER_OVERHANG);
        setPrefHeight(TRACK_HEIGHT + 2 * MARKER_OVERHANG);
        setPrefWidth(280);
    }

    /** P(sales) shown by the marker, 0..1, or NaN for none. */
    public DoubleProperty salesProperty() {
        return sales;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        track.resizeRelocate(left, top + MARKER_OVERHANG, width, TRACK_HEIGHT);
        double position = Double.isNaN(sales.get()) ? 0.5 : sales.get();
        marker.resizeRelocate(snapPositionX(left + position * (width - MARKER_WIDTH)), top, MARKER_WIDTH,
                TRACK_HEIGHT + 2 * MARKER_OVERHANG);
    }
}
