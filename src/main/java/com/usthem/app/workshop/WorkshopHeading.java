package com.usthem.app.workshop;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line above the prompt: the deck's title, the button that opens (or closes) the room for phones, and the tally. */
final class WorkshopHeading extends HBox {

    WorkshopHeading(WorkshopViewModel model, RoomViewModel room) {
        super(16);
        getStyleClass().add("workshop-top");
        Label deckTitle = Labels.of("deck-title", "workshop-deck-title");
        deckTitle.textProperty().bind(Bindings.createStringBinding(() -> model.sessionProperty().get() == null ? ""
                : model.sessionProperty().get().deck().title(), model.sessionProperty()));
        Button roomButton = new Button();
        roomButton.setId("room-button");
        roomButton.setMnemonicParsing(false);
        roomButton.setFocusTraversable(false);
        roomButton.textProperty().bind(Bindings.when(room.entranceProperty().isNotNull()).then("Close the room (Ctrl+R)")
                .otherwise("Open a room for phones (Ctrl+R)"));
        roomButton.disableProperty().bind(room.openingProperty());
        roomButton.setOnAction(e -> room.toggle());
        Label tally = Labels.of("tally", "workshop-tally");
        tally.textProperty().bind(Bindings.createStringBinding(() -> model.agreementProperty().get().describe(),
                model.agreementProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(deckTitle, roomButton, gap, tally);
    }
}
