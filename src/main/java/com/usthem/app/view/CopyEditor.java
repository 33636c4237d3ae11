package com.usthem.app.view;

import com.usthem.app.draft.DraftEditor;
import com.usthem.app.score.Lean;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.scoring.ScoredText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The draft editor: a rich text area whose sentences are shaded by their own score and whose cue
 * words are marked by kind. Hovering a sentence shows its score; dropping a file opens it.
 */
public final class CopyEditor extends StackPane implements DraftEditor {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Tooltip sentenceTip = new Tooltip();
    private ScoredText shown;

    /** @param placeholder what the empty editor shows: how to start */
    public CopyEditor(Node placeholder, Consumer<Path> onFileDropped) {
        area.setId("editor");
        area.getStyleClass().add("copy-editor");
        area.setWrapText(true);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.setAccessibleText("Draft copy");
        sentenceTip.setId("sentence-tooltip");
        sentenceTip.setWrapText(true);
        sentenceTip.setMaxWidth(420);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showSentenceTip(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> sentenceTip.hide());
        area.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                onFileDropped.accept(files.get(0).toPath());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        // Shown over the empty editor; clicks beside its controls still reach the editor below.
        placeholder.setPickOnBounds(false);
        placeholder.visibleProperty().bind(Bindings.createBooleanBinding(() -> area.getLength() == 0,
                area.lengthProperty()));
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        StackPane.setMargin(placeholder, new Insets(24));
        getChildren().addAll(new VirtualizedScrollPane<>(area), placeholder);
    }

    public StyleClassedTextArea area() {
        return area;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public int selectionStart() {
        return area.getSelection().getStart();
    }

    @Override
    public int selectionEnd() {
        return area.getSelection().getEnd();
    }

    @Override
    public void focus() {
        area.requestFocus();
    }

    @Override
    public void setDraft(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /**
     * Styles the draft from a verdict, unless the verdict is for an older text (a newer one is
     * on its way then). A null verdict clears all styling.
     */
    public void highlight(ScoredText scored, HighlightOptions options) {
        String text = area.getText();
        if (scored != null && !scored.text().equals(text)) {
            return;
        }
        shown = scored;
        StyleSpans<Collection<String>> spans = scored == null
                ? StyleSpans.singleton(List.of(), text.length())
                : HighlightSpans.of(scored.score(), text.length(), options.isShading(), options.shownKinds(),
                ScoreViewModel.HIGHLIGHTED_CHARACTERS);
        area.setStyleSpans(0, spans);
    }

    private void showSentenceTip(int offset, Point2D screen) {
        // While the user types, offsets of the last verdict no longer match the text: say nothing.
        boolean current = shown != null && shown.text().equals(area.getText());
        SentenceScore sentence = current ? shown.sentenceAt(offset) : null;
        if (sentence == null) {
            return;
        }
        sentenceTip.setText(String.format(Locale.ROOT, "Sentence %d: %s\n%.0f%% sales, %.0f%% marketing",
                shown.numberOf(sentence), Lean.of(sentence.sales()).words(), 100 * sentence.sales(),
                100 * sentence.marketing()));
        // Below the hovered line, so the tip never hides the marks it is about.
        double below = area.getCharacterBoundsOnScreen(offset, Math.min(offset + 1, area.getLength()))
                .map(bounds -> bounds.getMaxY() + 10).orElse(screen.getY() + 24);
        sentenceTip.show(area, screen.getX() + 12, below);
    }
}
