package com.usthem.app;

import com.usthem.core.Workspace;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.model.ModelStore;
import com.usthem.core.text.TextAnalyzer;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.Locale;

/** The desktop app: a minimal write-and-score window. */
public class UsThemApp extends Application {

    public static void main(String[] args) {
        launch(UsThemApp.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        ModelStore.Loaded loaded = Workspace.fromEnvironment().models().loadCurrentOrBundled();
        Classifier classifier = new Classifier(loaded.model().model(), CompanyVocabulary.EMPTY, new TextAnalyzer());
        TextArea editor = new TextArea();
        editor.setId("editor");
        editor.setWrapText(true);
        editor.setPromptText("Paste or type copy here.");
        Label verdict = new Label("Type some copy to see whether it reads like marketing or sales.");
        verdict.setId("verdict");
        editor.textProperty().addListener((observable, old, text) -> {
            if (text.isBlank()) {
                return;
            }
            Task<TextScore> scoring = new Task<>() {
                @Override
                protected TextScore call() {
                    return classifier.score(text);
                }
            };
            scoring.setOnSucceeded(e -> verdict.setText(String.format(Locale.ROOT, "%s: marketing %.0f%%, sales %.0f%%",
                    scoring.getValue().label().id(), 100 * scoring.getValue().marketing(),
                    100 * scoring.getValue().sales())));
            Thread thread = new Thread(scoring, "scoring");
            thread.setDaemon(true);
            thread.start();
        });
        BorderPane root = new BorderPane(editor);
        root.setBottom(verdict);
        BorderPane.setMargin(verdict, new Insets(8));
        stage.setTitle("UsThem");
        stage.setScene(new Scene(root, 800, 500));
        stage.show();
    }
}
