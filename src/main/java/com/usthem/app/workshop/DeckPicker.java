package com.usthem.app.workshop;

import com.usthem.core.io.FileProblem;
import com.usthem.core.workshop.BundledDecks;
import com.usthem.core.workshop.Deck;
import com.usthem.core.workshop.DeckPrompt;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The workshop's first screen: the decks shipped with UsThem, a button to open a deck file, and
 * the lines of a deck file that could not be read.
 */
final class DeckPicker extends VBox {

    private final VBox problems = new VBox(4);
    private final ProgressIndicator starting = new ProgressIndicator();

    DeckPicker(WorkshopViewModel model, Runnable openDeckFile) {
        setId("deck-picker");
        getStyleClass().add("deck-picker");
        setAlignment(Pos.CENTER);
        Label title = new Label("Workshop");
        title.getStyleClass().add("workshop-title");
        Label intro = new Label("Choose a deck of prompts. For each prompt the room types rewrites, votes "
                + "marketing or sales, and sees the model's verdict.");
        intro.setWrapText(true);
        intro.getStyleClass().add("deck-intro");
        getChildren().addAll(title, intro);
        List<Deck> decks = BundledDecks.all();
        for (int i = 0; i < decks.size(); i++) {
            Deck deck = decks.get(i);
            Button choose = new Button(deck.title() + "\n" + describe(deck));
            choose.setId("deck-" + (i + 1));
            choose.getStyleClass().add("deck-button");
            choose.setMnemonicParsing(false);
            choose.setMaxWidth(Double.MAX_VALUE);
            choose.setOnAction(e -> model.start(deck, List.of()));
            getChildren().add(choose);
        }
        Button open = new Button("Open a deck file\u2026 (Ctrl+O)");
        open.setId("open-deck");
        open.getStyleClass().add("deck-button");
        open.setMnemonicParsing(false);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> openDeckFile.run());
        problems.setId("deck-problems");
        problems.getStyleClass().add("deck-problems");
        problems.managedProperty().bind(problems.visibleProperty());
        starting.managedProperty().bind(starting.visibleProperty());
        starting.visibleProperty().bind(model.phaseProperty().isEqualTo(WorkshopViewModel.Phase.STARTING));
        disableProperty().bind(starting.visibleProperty());
        getChildren().addAll(open, starting, problems);
        model.deckProblems().addListener((ListChangeListener<FileProblem>) change -> showProblems(model.deckProblems()));
        showProblems(model.deckProblems());
    }

    private void showProblems(List<FileProblem> lines) {
        problems.getChildren().clear();
        if (!lines.isEmpty()) {
            Label heading = new Label("Lines of the deck that could not be read:");
            heading.getStyleClass().add("section-heading");
            problems.getChildren().add(heading);
            lines.forEach(problem -> {
                Label line = new Label(problem.toString());
                line.setWrapText(true);
                problems.getChildren().add(line);
            });
        }
        problems.setVisible(!lines.isEmpty());
    }

    /** "14 prompts · marketing → sales". */
    static String describe(Deck deck) {
        String directions = deck.prompts().stream().map(DeckPrompt::direction).distinct()
                .map(direction -> direction.describe()).collect(Collectors.joining(", "));
        int count = deck.prompts().size();
        return String.format(Locale.ROOT, "%d prompt%s \u00b7 %s", count, count == 1 ? "" : "s", directions);
    }
}
