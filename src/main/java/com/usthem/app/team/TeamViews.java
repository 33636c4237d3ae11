package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;

/** Pieces the team windows share, so that they look and behave alike. */
final class TeamViews {

    private static final double MIN_WIDTH = 480;
    private static final double MIN_HEIGHT = 360;

    private TeamViews() {
    }

    /** A table column showing text worked out from each row. */
    static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return column;
    }

    /**
     * A column {@code width} pixels wide at normal text size, wider with larger text; it grows a
     * little with the window, leaving the rest to the one column without a width (the text).
     */
    static void width(TableColumn<?, ?> column, double width, double scale) {
        column.setMinWidth(width * scale);
        column.setPrefWidth(width * scale);
        column.setMaxWidth(1.5 * width * scale);
    }

    /**
     * Sets up a team window over the main one: its root styled like the app, sized for normal text
     * times the text scale (as the screen allows), closed by Ctrl+W. Returns its scene.
     */
    static Scene setUp(Stage stage, Window owner, String title, Parent root, String id, double width, double height,
                       AppLook look) {
        stage.initOwner(owner);
        stage.setTitle(title + " \u2014 UsThem");
        root.setId(id);
        root.getStyleClass().add("team-window");
        look.follow(root);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width * look.scale(), screen.getWidth()),
                Math.min(height * look.scale(), screen.getHeight()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        return scene;
    }

    /** A figures table: a grid of labels. */
    static GridPane figures(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("figures-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        return grid;
    }

    static Label heading(String text) {
        return wrapping(text, "panel-title");
    }

    /** A heading within a page. */
    static Label section(String text) {
        return wrapping(text, "section-heading");
    }

    /** A column heading of a figures table. */
    static Label header(String text) {
        return wrapping(text, "figures-header");
    }

    /** A figure of a figures table; a dash when unknown. */
    static Label figure(String text) {
        return wrapping(text == null ? "\u2013" : text, "figure");
    }

    /** A note in the muted colour. */
    static Label note(String text) {
        return wrapping(text, "muted");
    }

    /** Where a dialog says why what was typed cannot be used: empty until then, in the colour of problems. */
    static Label problem(String id) {
        Label problem = wrapping("", "team-problems");
        problem.setId(id);
        return problem;
    }

    /** The card a queue shows its copy on, the copy scrolling when long; it takes the height the page leaves. */
    static ScrollPane card(Node copy) {
        ScrollPane card = new ScrollPane(copy);
        card.setFitToWidth(true);
        card.getStyleClass().add("queue-card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    /** Keeps a window's view model up to date while the window is shown, and idle while it is hidden. */
    static void activeWhileShown(Stage stage, Consumer<Boolean> setActive) {
        stage.setOnShown(e -> setActive.accept(true));
        stage.setOnHidden(e -> setActive.accept(false));
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = wrapping(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** One page of a window that shows one page at a time (see {@link #showOnly}). */
    static VBox page(String id, Node... children) {
        VBox page = new VBox(12, children);
        page.setId(id);
        page.getStyleClass().add("team-page");
        return page;
    }

    /** Shows the page at the index and hides the others. */
    static void showOnly(StackPane pages, int index) {
        for (int i = 0; i < pages.getChildren().size(); i++) {
            pages.getChildren().get(i).setVisible(i == index);
        }
    }
}
