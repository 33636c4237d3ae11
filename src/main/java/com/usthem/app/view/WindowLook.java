package com.usthem.app.view;

import com.usthem.app.settings.Theme;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The app's look at a moment — its theme and text size — for a window of its own: the stylesheets,
 * the theme's style class (which sets the marketing and sales colours) and the font size.
 */
public record WindowLook(Theme theme, double fontSize) {

    private static final List<String> STYLESHEETS = Stream.of("usthem.css", "tools.css")
            .map(name -> Objects.requireNonNull(WindowLook.class.getResource("/com/usthem/app/" + name), name)
                    .toExternalForm())
            .toList();

    /** Stylesheets and theme; the text size is left to the window, which may want it larger. */
    public void applyTheme(Parent root) {
        for (String sheet : STYLESHEETS) {
            if (!root.getStylesheets().contains(sheet)) {
                root.getStylesheets().add(sheet);
            }
        }
        root.getStyleClass().removeIf(styleClass -> styleClass.startsWith("theme-"));
        root.getStyleClass().add("theme-" + theme);
    }

    public void applyTo(Parent root) {
        applyTheme(root);
        root.setStyle(fontSizeStyle(fontSize));
    }

    /** Dialogs have their own scene: they get the look too. */
    public <D extends Dialog<?>> D styled(D dialog) {
        applyTo(dialog.getDialogPane());
        return dialog;
    }

    public static String fontSizeStyle(double size) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size);
    }
}
