package com.usthem.app.view;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two nodes on one line, the second at the right end, while the line is long enough for both;
 * otherwise the second goes below the first, still at the right. For a heading with a small gauge
 * beside it, which must not squeeze the heading to a word a line in a narrow panel or at a large
 * text size.
 */
public final class BesideOrBelow extends Region {

    private static final double GAP = 8;

    private final Node first;
    private final Node second;

    public BesideOrBelow(Node first, Node second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean beside(double width) {
        return first.prefWidth(-1) + GAP + second.prefWidth(-1) <= width;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + first.prefWidth(-1) + GAP + second.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(first.minWidth(-1), second.prefWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        double secondHeight = second.prefHeight(-1);
        double height = beside(inner)
                ? Math.max(first.prefHeight(inner - GAP - second.prefWidth(-1)), secondHeight)
                : first.prefHeight(inner) + GAP / 2 + secondHeight;
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double secondWidth = second.prefWidth(-1);
        double secondHeight = second.prefHeight(-1);
        if (beside(width)) {
            double firstWidth = width - GAP - secondWidth;
            double firstHeight = first.prefHeight(firstWidth);
            double line = Math.max(firstHeight, secondHeight);
            first.resizeRelocate(left, top + (line - firstHeight) / 2, firstWidth, firstHeight);
            second.resizeRelocate(left + width - secondWidth, top + (line - secondHeight) / 2, secondWidth,
                    secondHeight);
        } else {
            double firstHeight = first.prefHeight(width);
            first.resizeRelocate(left, top, width, firstHeight);
            second.resizeRelocate(left + Math.max(0, width - secondWidth), top + firstHeight + GAP / 2,
                    Math.min(width, secondWidth), secondHeight);
        }
    }
}
