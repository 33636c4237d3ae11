package com.usthem.app.team;

import com.usthem.core.Label;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The keys of the labeling queue and the conflicts queue, so that they answer alike: M marketing,
 * S sales, Space skip, Backspace (or Ctrl+Z) back one, which also works once the queue is done;
 * and the buttons that do the same.
 */
final class QueueKeys {

    private final Consumer<Label> label;
    private final Runnable skip;
    private final Runnable back;

    /** @param back steps back one item, taking back its answer */
    QueueKeys(Consumer<Label> label, Runnable skip, Runnable back) {
        this.label = label;
        this.skip = skip;
        this.back = back;
    }

    /**
     * Answers a key pressed in the window when it is one of the queue's, and consumes it.
     *
     * @param itemShown whether an item waits for its answer
     * @param answered  whether an answer was given that back could take back (the queue is shown or done)
     */
    void press(KeyEvent event, boolean itemShown, boolean answered) {
        if (event.isAltDown() || !itemShown && !answered) {
            return;
        }
        Runnable answer = null;
        if (event.isShortcutDown()) {
            answer = event.getCode() == KeyCode.Z ? back : null;
        } else if (event.getCode() == KeyCode.BACK_SPACE) {
            answer = back;
        } else if (itemShown) {
            answer = switch (event.getCode()) {
                case M -> () -> label.accept(Label.MARKETING);
                case S -> () -> label.accept(Label.SALES);
                case SPACE -> skip;
                default -> null;
            };
        }
        if (answer != null) {
            answer.run();
            event.consume();
        }
    }

    /** The four answers as buttons with their keys, ids {@code prefix-marketing} ... {@code prefix-back}. */
    FlowPane buttons(String prefix, String backName) {
        FlowPane buttons = new FlowPane(8, 8,
                button("Marketing", "M", prefix + "-marketing", () -> label.accept(Label.MARKETING)),
                button("Sales", "S", prefix + "-sales", () -> label.accept(Label.SALES)),
                button("Skip", "Space", prefix + "-skip", skip),
                button(backName, "Backspace", prefix + "-" + backName.toLowerCase(Locale.ROOT), back));
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    /** A button that does what its key does; never focused, so Space never presses it by accident. */
    private static Button button(String text, String key, String id, Runnable action) {
        Button button = new Button(text + "  (" + key + ")");
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
