package com.usthem.app.workshop;

import com.usthem.core.room.Submission;
import com.usthem.core.workshop.ParticipantTally;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The room beside the prompt, for the trainer and the projector: how to join (the QR code, the
 * address and the room's code) and how many have, the rewrites the phones sent for the prompt shown
 * (newest first, the one up for the vote marked with its votes), the buttons to put one up and to
 * take one back, and the participants' points. The model's verdict on a rewrite shows only once it
 * is revealed: the room votes first.
 */
final class RoomPanel extends VBox {

    /** The leaders shown; the report lists everyone. */
    private static final int LEADERS = 5;
    /** The QR code's side per pixel of text size: small here, for latecomers; the join screen has it large. */
    private static final double QR_PER_FONT_PIXEL = 6.5;

    private final RoomViewModel room;
    private final ListView<Submission> list;
    private final VBox leaders = new VBox(2);

    RoomPanel(RoomViewModel room, DoubleExpression fontSize) {
        this.room = room;
        setId("room-panel");
        getStyleClass().add("room-panel");
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(room.entranceProperty().isNotNull());

        Label code = Labels.of("room-code", "room-code");
        Label people = Labels.of("room-people", "room-people");
        people.textProperty().bind(Bindings.createStringBinding(() -> room.statusProperty().get().people()
                + " joined", room.statusProperty()));
        QrCodeView qr = new QrCodeView(room.entranceProperty());
        qr.setId("room-qr");
        qr.sideProperty().bind(fontSize.multiply(QR_PER_FONT_PIXEL));
        Label address = Labels.wrapping("room-address", "room-address");
        room.entranceProperty().addListener((observable, old, now) -> {
            code.setText(now == null ? "" : "Room " + now.code());
            address.setText(now == null ? "" : now.address().toString());
        });
        VBox words = new VBox(2, code, people, address);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox join = new HBox(8, qr, words);

        Label sent = new Label();
        sent.getStyleClass().add("room-section");
        sent.textProperty().bind(Bindings.size(room.submissions()).asString("Rewrites from phones: %d"));
        list = submissionList();
        VBox.setVgrow(list, Priority.ALWAYS);
        Button putUp = new Button("Put up");
        putUp.setId("put-up");
        Button takeBack = new Button("Take back");
        takeBack.setId("take-back");
        for (Button button : List.of(putUp, takeBack)) {
            button.setMnemonicParsing(false);
            button.setFocusTraversable(false);
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        putUp.getStyleClass().add("accent");
        putUp.setOnAction(e -> putUpSelected());
        takeBack.setOnAction(e -> room.takeBack(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, putUp, takeBack);

        Label points = new Label("Points toward the target");
        points.getStyleClass().add("room-section");
        leaders.setId("room-tallies");
        room.statusProperty().addListener((observable, old, now) -> {
            if (!now.leaders().equals(old.leaders())) {
                showLeaders();
            }
        });
        showLeaders();
        getChildren().addAll(join, sent, list, buttons, points, leaders);
    }

    /** Puts the rewrite selected in the list up for the vote; false when none is selected. */
    boolean putUpSelected() {
        Submission selected = list.getSelectionModel().getSelectedItem();
        room.putUp(selected);
        return selected != null;
    }

    private ListView<Submission> submissionList() {
        ListView<Submission> submissions = new ListView<>(room.submissions());
        submissions.setId("room-submissions");
        submissions.getStyleClass().add("room-submissions");
        Label empty = new Label("Rewrites sent from phones appear here as they arrive.");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        submissions.setPlaceholder(empty);
        submissions.setCellFactory(SubmissionCell::new);
        // A rewrite going up keeps the list's items as they were: its cells still say so.
        room.statusProperty().addListener((observable, old, now) -> {
            if (!Objects.equals(now.up(), old.up())) {
                submissions.refresh();
            }
        });
        submissions.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                putUpSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                room.takeBack(submissions.getSelectionModel().getSelectedItem());
            }
        });
        submissions.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                putUpSelected();
            }
        });
        return submissions;
    }

    private void showLeaders() {
        List<ParticipantTally> all = room.statusProperty().get().leaders();
        leaders.getChildren().clear();
        for (int i = 0; i < Math.min(LEADERS, all.size()); i++) {
            ParticipantTally tally = all.get(i);
            Label line = new Label(String.format(Locale.ROOT, "%d. %s  %s", i + 1, tally.author(),
                    RoundTable.points(tally.points())));
            line.getStyleClass().add("room-leader");
            leaders.getChildren().add(line);
        }
        if (all.size() > LEADERS) {
            Label more = new Label("and " + (all.size() - LEADERS) + " more");
            more.getStyleClass().add("muted");
            leaders.getChildren().add(more);
        }
        if (all.isEmpty()) {
            Label none = new Label("Named participants' points appear here.");
            none.getStyleClass().add("muted");
            leaders.getChildren().add(none);
        }
    }

    /**
     * " · up for the vote: 7 votes", or once revealed " · sales 82%, room: 9 sales, 3 marketing";
     * nothing before it goes up, so the room does not see the verdict before it votes.
     */
    private String state(Submission submission) {
        Submission voting = room.statusProperty().get().up();
        if (submission.revealed()) {
            return String.format(Locale.ROOT, " \u00b7 %s %.0f%%, room: %s", submission.rewrite().label().id(),
                    100 * Math.max(submission.rewrite().sales(), 1 - submission.rewrite().sales()),
                    submission.votes().describe());
        }
        if (voting != null && voting.id() == submission.id()) {
            int votes = submission.votes().total();
            return String.format(Locale.ROOT, " \u00b7 \u25b2 up for the vote: %d vote%s", votes, votes == 1 ? "" : "s");
        }
        return "";
    }

    /** One rewrite from a phone: who sent it and its state on the first line, the rewrite whole below. */
    private final class SubmissionCell extends ListCell<Submission> {

        private final Label header = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, header, text);

        SubmissionCell(ListView<Submission> view) {
            header.getStyleClass().add("submission-header");
            text.getStyleClass().add("submission-text");
            for (Label label : List.of(header, text)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                // Wrap within the list, leaving room for its scroll bar.
                label.maxWidthProperty().bind(view.widthProperty().subtract(32));
            }
        }

        @Override
        protected void updateItem(Submission item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            // Numbered as the round table and the export number the prompt's rewrites.
            header.setText(String.format(Locale.ROOT, "#%d \u00b7 %s%s", item.rewrite().number(),
                    item.participant().name(), state(item)));
            text.setText(item.rewrite().text());
            setGraphic(box);
        }
    }
}
