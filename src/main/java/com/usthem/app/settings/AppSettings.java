package com.usthem.app.settings;

import com.usthem.core.Label;

/**
 * What the app remembers between runs. Missing or out-of-range values fall back to defaults, so an
 * older or hand-edited settings file still opens the app.
 *
 * @param workspace the workspace folder chosen in the app; null (or blank) for the default, which is
 *                  {@code $USTHEM_WORKSPACE} or {@code ~/.usthem}
 * @param target    the side the writer wants their drafts to read as, which coaching moves them
 *                  toward; null until they say
 */
public record AppSettings(double windowWidth, double windowHeight, boolean maximized, Theme theme,
                          double fontScale, boolean firstLaunchSeen, String workspace, Label target) {

    public static final double MIN_FONT_SCALE = 0.8;
    public static final double MAX_FONT_SCALE = 2.0;
    public static final AppSettings DEFAULTS = new AppSettings(1200, 760, false, Theme.LIGHT, 1.0, false, null, null);

    public AppSettings {
        windowWidth = windowWidth >= 400 ? windowWidth : 1200;
        windowHeight = windowHeight >= 300 ? windowHeight : 760;
        theme = theme == null ? Theme.LIGHT : theme;
        fontScale = fontScale > 0 ? Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale)) : 1.0;
        workspace = workspace == null || workspace.isBlank() ? null : workspace.strip();
    }

    public AppSettings withWindow(double width, double height, boolean isMaximized) {
        return new AppSettings(width, height, isMaximized, theme, fontScale, firstLaunchSeen, workspace, target);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(windowWidth, windowHeight, maximized, newTheme, fontScale, firstLaunchSeen, workspace,
                target);
    }

    public AppSettings withFontScale(double scale) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, scale, firstLaunchSeen, workspace, target);
    }

    public AppSettings withFirstLaunchSeen() {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, true, workspace, target);
    }

    public AppSettings withWorkspace(String folder) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, firstLaunchSeen, folder,
                target);
    }

    public AppSettings withTarget(Label side) {
        return new AppSettings(windowWidth, windowHeight, maximized, theme, fontScale, firstLaunchSeen, workspace,
                side);
    }
}
