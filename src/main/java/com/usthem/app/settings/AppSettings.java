package com.usthem.app.settings;

import com.usthem.core.Label;
import com.usthem.core.team.Author;

/**
 * What the app remembers between runs. Missing or out-of-range values fall back to defaults, so an
 * older or hand-edited settings file still opens the app.
 *
 * @param workspace the workspace folder chosen in the app; null (or blank) for the default, which is
 *                  {@code $USTHEM_WORKSPACE} or {@code ~/.usthem}
 * @param target    the side the writer wants their drafts to read as, which coaching moves them
 *                  toward; null until they say
 * @param author    the name the user's labels are given; "" when they chose to label without a
 *                  name, null when they have not said yet (then the first label asks). A name no
 *                  {@link Author} may have counts as not said, so it is asked again.
 */
public record AppSettings(double windowWidth, double windowHeight, boolean maximized, Theme theme,
                          double fontScale, boolean firstLaunchSeen, String workspace, Label target, String author) {

    public static final double MIN_FONT_SCALE = 0.8;
    public static final double MAX_FONT_SCALE = 2.0;
    public static final AppSettings DEFAULTS = new AppSettings(1200, 760, false, Theme.LIGHT, 1.0, false, null, null,
            null);

    public AppSettings {
        windowWidth = windowWidth >= 400 ? windowWidth : 1200;
        windowHeight = windowHeight >= 300 ? windowHeight : 760;
        theme = theme == null ? Theme.LIGHT : theme;
        fontScale = fontScale > 0 ? Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale)) : 1.0;
        workspace = workspace == null || workspace.isBlank() ? null : workspace.strip();
        author = author == null ? null : author.isBlank() ? "" : usableName(author.strip());
    }

    /** The name, or null when it is no name an author may have (too long, several lines). */
    private static String usableName(String name) {
        try {
            return new Author(name).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public AppSettings withWindow(double width, double height, boolean isMaximized) {
        return new AppSettings(width, height, isMaximized, theme, fontScale, firstLaunchSeen, workspace, target,
                author);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(windowWidth, windowHeight, maximized, newTheme, fontScale, firstLaunchSeen, workspace,
                target, author);
    }

    public AppSettings withFontScale(double scale) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, scale, firstLaunchSeen, workspace, target,
                author);
    }

    public AppSettings withFirstLaunchSeen() {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, true, workspace, target, author);
    }

    public AppSettings withWorkspace(String folder) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, firstLaunchSeen, folder, target,
                author);
    }

    public AppSettings withTarget(Label side) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, firstLaunchSeen, workspace,
                side, author);
    }

    /** @param name a name, or "" to label without one */
    public AppSettings withAuthor(String name) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, firstLaunchSeen, workspace,
                target, name);
    }
}
