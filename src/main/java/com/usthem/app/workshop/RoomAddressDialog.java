package com.usthem.app.workshop;

import com.usthem.app.view.WindowLook;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Asks the trainer which network to open the room on when the laptop is on several (Wi-Fi and a
 * cable, say): the phones can reach it only on the one they share with it.
 */
final class RoomAddressDialog {

    private RoomAddressDialog() {
    }

    static Optional<RoomViewModel.Address> choose(Window owner, WindowLook look, List<RoomViewModel.Address> choices) {
        ChoiceDialog<RoomViewModel.Address> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle("Open the room");
        dialog.setHeaderText("This computer is on " + choices.size() + " networks: open the room on the one the "
                + "phones use (the room's Wi-Fi).");
        dialog.setContentText("Network:");
        ButtonType open = new ButtonType("Open the room", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == open ? dialog.getSelectedItem() : null);
        return look.styled(dialog).showAndWait();
    }
}
