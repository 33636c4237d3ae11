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
    private final DoubleProperty thickness = new SimpleDoubleProperty(this, "thickness", 1);

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
        thickness.addListener((observable, old, now) -> applyThickness());
        applyThickness();
    }

    private void applyThickness() {
        double scale = thickness.get();
        setMinHeight(scale * (TRACK_HEIGHT + 2 * MARKER_OVERHANG));
        setPrefHeight(scale * (TRACK_HEIGHT + 2 * MARKER_OVERHANG));
        setPrefWidth(scale * 280);
        requestLayout();
    }

    /** P(sales) shown by the marker, 0..1, or NaN for none. */
    public DoubleProperty salesProperty() {
        return sales;
    }

    /** How many times the usual thickness: larger to be read on a projector from the back of a room. */
    public DoubleProperty thicknessProperty() {
        return thickness;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double scale = thickness.get();
        track.resizeRelocate(left, top + scale * MARKER_OVERHANG, width, scale * TRACK_HEIGHT);
        double position = Double.isNaN(sales.get()) ? 0.5 : sales.get();
        marker.resizeRelocate(snapPositionX(left + position * (width - scale * MARKER_WIDTH)), top,
                scale * MARKER_WIDTH, scale * (TRACK_HEIGHT + 2 * MARKER_OVERHANG));
    }
}
