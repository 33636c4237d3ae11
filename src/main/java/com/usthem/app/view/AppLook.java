package com.usthem.app.view;

import com.usthem.app.settings.AppSettings;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

import java.util.function.DoubleConsumer;

/**
 * The app's stylesheet, theme and text size, applied alike to every window and dialog, so a second
 * window opened in the dark theme at 150% text looks like the first.
 */
public final class AppLook {

    /** AtlantaFX's base font size, which the font scale multiplies. */
    static final double BASE_FONT_SIZE = 14;

    private final ObjectProperty<AppSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final ObjectBinding<WindowLook> windowLook = Bindings.createObjectBinding(this::now, settings);

    /** Also makes the initial theme the app's: a window never shows with another one. */
    public AppLook(AppSettings initial) {
        update(initial);
    }

    /** Switches the theme and text size of every window that follows the look. */
    public void update(AppSettings changed) {
        Application.setUserAgentStylesheet(changed.theme().userAgentStylesheet());
        settings.set(changed);
    }

    /** Styles a window's root now and again whenever the look changes: for windows that stay open. */
    public void follow(Parent root) {
        style(root);
        settings.addListener((observable, old, now) -> style(root));
    }

    /**
     * Runs the action with the text size's scale (1 = normal) now and whenever it changes: for sizes
     * that are set in pixels, such as table columns, so they grow with the text.
     */
    public void onScale(DoubleConsumer action) {
        action.accept(settings.get().fontScale());
        settings.addListener((observable, old, now) -> {
            if (now.fontScale() != old.fontScale()) {
                action.accept(now.fontScale());
            }
        });
    }

    /** The text size now, in pixels. */
    public double fontSize() {
        return BASE_FONT_SIZE * scale();
    }

    /** The text size's scale now (1 = normal). */
    public double scale() {
        return settings.get().fontScale();
    }

    /** Styles a node as the look is now: for dialogs, which close before the look can change. */
    public void style(Parent node) {
        now().applyTo(node);
    }

    /** The look at this moment, for windows that take it as a value. */
    public WindowLook now() {
        return new WindowLook(settings.get().theme(), fontSize());
    }

    /** The look, changing with the settings: for windows of their own, which follow it. */
    public ObservableValue<WindowLook> windowLook() {
        return windowLook;
    }
}
