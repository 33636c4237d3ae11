package com.usthem.app.workshop;

import com.usthem.core.room.RoomEntrance;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the projector shows while people join: the QR code as large as the screen allows, the
 * address to type instead, the room's code (every phone shows it too, so two rooms on one network
 * are told apart) and how many have joined.
 */
final class JoinScreen extends HBox {

    /** The share of the screen's height the QR code may take. */
    private static final double QR_SHARE_OF_HEIGHT = 0.7;

    JoinScreen(RoomViewModel room) {
        setId("join-screen");
        getStyleClass().add("join-screen");
        setAlignment(Pos.CENTER);
        QrCodeView qr = new QrCodeView(room.entranceProperty());
        qr.setId("join-qr");
        qr.sideProperty().bind(Bindings.min(heightProperty().multiply(QR_SHARE_OF_HEIGHT), widthProperty().divide(2)));

        Label title = new Label("Join on your phone");
        title.getStyleClass().add("join-title");
        Label how = Labels.wrapping("join-how", "join-how");
        how.setText("Scan the code with the camera, or open this address in the phone's browser (the phone on "
                + "the same Wi-Fi as this computer):");
        Label address = Labels.wrapping("join-address", "join-address");
        Label code = Labels.of("join-code", "join-code");
        Label people = Labels.of("join-people", "join-people");
        people.textProperty().bind(Bindings.createStringBinding(() -> room.statusProperty().get().people()
                + " joined so far", room.statusProperty()));
        Label next = new Label("Ctrl+J shows the prompt; Ctrl+J again brings this screen back.");
        next.getStyleClass().add("muted");
        next.setWrapText(true);
        room.entranceProperty().addListener((observable, old, now) -> show(now, address, code));
        show(room.entranceProperty().get(), address, code);
        VBox words = new VBox(16, title, how, address, code, people, next);
        words.getStyleClass().add("join-words");
        words.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(qr, words);
    }

    private static void show(RoomEntrance entrance, Label address, Label code) {
        address.setText(entrance == null ? "" : entrance.address().toString());
        code.setText(entrance == null ? "" : "Room code " + entrance.code());
    }
}
