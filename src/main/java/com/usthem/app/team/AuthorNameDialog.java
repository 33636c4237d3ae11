package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.Workspace;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The name the user's labels are given, so the team sees who labeled what and where people
 * disagree. Asked the first time someone labels, and changed from the Team menu.
 */
public final class AuthorNameDialog {

    private AuthorNameDialog() {
    }

    /**
     * @param current    the name now: a name, "" for none, null when never said
     * @param firstLabel whether a label waits for the answer (then Cancel labels nothing)
     * @param workspace  where the labels go, to name the file they go to
     * @return a dialog whose result is the name, or "" to label without one; empty when cancelled
     */
    public static Dialog<String> create(Window owner, AppLook look, String current, boolean firstLabel,
                                        Workspace workspace) {
        TextField name = new TextField(current == null ? "" : current);
        name.setId("author-name");
        name.setPromptText("Your name, as the team knows you: e.g. Ana");
        name.setPrefColumnCount(28);
        Label where = TeamViews.note("");
        where.setId("author-file");
        name.textProperty().addListener((observable, old, now) -> where.setText(whereTheyGo(now, workspace)));
        where.setText(whereTheyGo(name.getText(), workspace));
        Label problem = TeamViews.problem("author-problem");
        Label about = TeamViews.wrapping("Your labels are saved with your name, so the team can see who labeled "
                + "what, how often people agree, and which copy they label differently. Leave it empty to label "
                + "without a name. The command line takes the same name with --author NAME or USTHEM_AUTHOR.");
        Label later = TeamViews.note("Labels keep the name they were given with: after a change of name, your new "
                + "labels count as another person's.");
        VBox content = new VBox(10, about, name, where, later, problem);
        content.setId("author-settings");
        content.setPrefWidth(520 * look.scale());

        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Your name");
        dialog.setHeaderText(firstLabel ? "Who is labeling? Your name goes with your labels"
                : "Your name on your labels");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        look.style(dialog.getDialogPane());
        dialog.getDialogPane().getStyleClass().add("team-dialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            String reason = problemWith(name.getText());
            problem.setText(reason);
            if (!reason.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? name.getText().strip() : null);
        // Later: once shown, the dialog gives the focus to its default button.
        dialog.setOnShown(e -> Platform.runLater(name::requestFocus));
        return dialog;
    }

    /** "Your labels go to corpus/user-ana.jsonl." */
    private static String whereTheyGo(String typed, Workspace workspace) {
        if (!problemWith(typed).isEmpty()) {
            return "";
        }
        Author author = Author.of(typed);
        return (author.named() ? "Your labels go to " : "Labels without a name go to ")
                + workspace.root().relativize(workspace.userCorpus(author)) + " in the workspace.";
    }

    /** Why the text is no name, or "" when it is one (or empty: no name). */
    static String problemWith(String typed) {
        try {
            Author.of(typed);
            return "";
        } catch (IllegalArgumentException e) {
            return typed.strip().length() > Author.MAX_LENGTH
                    ? "A name is at most " + Author.MAX_LENGTH + " characters." : "A name is one line of text.";
        }
    }
}
