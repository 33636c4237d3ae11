package com.usthem.app.team;

import com.usthem.core.text.OneLine;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell showing copy wrapped, cut when very long; hovering shows a long one whole. */
final class CutTextCell<R> extends TableCell<R, String> {

    /** Texts this long may not fit their cell: hovering shows them whole. */
    private static final int TOOLTIP_FROM = 80;
    /** A tooltip is not a reading pane: beyond this the copy is cut there too. */
    private static final int TOOLTIP_TEXT = 2000;

    private final int cutAt;

    /** @param cutAt the characters shown in the cell at most */
    CutTextCell(int cutAt) {
        this.cutAt = cutAt;
        setWrapText(true);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty || text == null ? null : OneLine.cut(text, cutAt));
        setTooltip(empty || text == null || text.length() <= TOOLTIP_FROM ? null : tooltip(OneLine.cut(text,
                TOOLTIP_TEXT)));
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(600);
        return tooltip;
    }
}
