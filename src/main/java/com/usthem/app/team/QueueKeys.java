package com.usthem.app.team;

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

    private final Consumer<QueueKey> press;

    QueueKeys(Consumer<QueueKey> press) {
        this.press = press;
    }

    /**
     * Answers a key pressed in the window when it is one of the queue's, and consumes it.
     *
     * @param itemShown whether an item waits for its answer
     * @param answered  whether an answer was given that back could take back (the queue is shown or done)
     */
    void pressed(KeyEvent event, boolean itemShown, boolean answered) {
        if (event.isAltDown() || !itemShown && !answered) {
            return;
        }
        QueueKey key = null;
        if (event.isShortcutDown()) {
            key = event.getCode() == KeyCode.Z ? QueueKey.BACK : null;
        } else if (event.getCode() == KeyCode.BACK_SPACE) {
            key = QueueKey.BACK;
        } else if (itemShown) {
            key = switch (event.getCode()) {
                case M -> QueueKey.MARKETING;
                case S -> QueueKey.SALES;
                case SPACE -> QueueKey.SKIP;
                default -> null;
            };
        }
        if (key != null) {
            press.accept(key);
            event.consume();
        }
    }

    /** The four answers as buttons with their keys, ids {@code prefix-marketing} ... {@code prefix-back}. */
    FlowPane buttons(String prefix, String backName) {
        FlowPane buttons = new FlowPane(8, 8,
                button("Marketing", "M", prefix + "-marketing", QueueKey.MARKETING),
                button("Sales", "S", prefix + "-sales", QueueKey.SALES),
                button("Skip", "Space", prefix + "-skip", QueueKey.SKIP),
                button(backName, "Backspace", prefix + "-" + backName.toLowerCase(Locale.ROOT), QueueKey.BACK));
        buttons.setAlignment(Pos.CENTER);
        return buttons;
    }

    /** A button that does what its key does; never focused, so Space never presses it by accident. */
    private Button button(String text, String keyName, String id, QueueKey key) {
        Button button = new Button(text + "  (" + keyName + ")");
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setFocusTraversable(false);
        button.setOnAction(e -> press.accept(key));
        return button;
    }
}
