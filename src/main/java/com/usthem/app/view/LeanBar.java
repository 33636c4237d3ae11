package com.usthem.app.view;

import com.usthem.core.classify.LeanScale;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/**
 * A small bar from marketing (left) to sales (right), filled from its middle toward the side a
 * distinction leans to, as far as it leans ({@link LeanScale}). Its size and colours come from the
 * stylesheet, so it follows the theme and the text size.
 */
public final class LeanBar extends Region {

    private final Region track = new Region();
    private final Region fill = new Region();
    private final Region middle = new Region();
    private double logOdds;

    public LeanBar() {
        getStyleClass().add("lean-bar");
        track.getStyleClass().add("lean-bar-track");
        fill.getStyleClass().add("lean-bar-fill");
        middle.getStyleClass().add("lean-bar-middle");
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        getChildren().addAll(track, fill, middle);
    }

    /** Shows a lean, positive toward sales. */
    public void show(double lean) {
        logOdds = lean;
        fill.getStyleClass().removeAll("lean-sales", "lean-marketing");
        fill.getStyleClass().add(lean > 0 ? "lean-sales" : "lean-marketing");
        setAccessibleText(LeanScale.words(lean));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double centre = left + width / 2;
        double length = snapSizeX(LeanScale.fraction(logOdds) * width / 2);
        track.resizeRelocate(left, top, width, height);
        fill.resizeRelocate(snapPositionX(logOdds > 0 ? centre : centre - length), top, length, height);
        middle.resizeRelocate(snapPositionX(centre - 0.5), top, 1, height);
    }
}
