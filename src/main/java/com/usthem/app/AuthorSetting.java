package com.usthem.app;

import com.usthem.app.dialog.DialogService;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.team.AuthorNameDialog;
import com.usthem.app.workspace.WorkspaceSession;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The user's name on their labels: kept in the app settings, given to the workspace session's
 * labeler (so every window labels with it), asked for when the user first labels without having
 * said, and changed from the Team menu.
 */
final class AuthorSetting {

    private final WindowKit kit;
    private final WorkspaceSession session;
    private final LiveSettings settings;
    private final DialogService dialogs;

    AuthorSetting(WindowKit kit, WorkspaceSession session, LiveSettings settings, DialogService dialogs) {
        this.kit = kit;
        this.session = session;
        this.settings = settings;
        this.dialogs = dialogs;
        session.labeler().set(settings.get().author());
        settings.settingsProperty().addListener((observable, old, now) -> session.labeler().set(now.author()));
        session.labeler().askWith(() -> ask(true).isPresent());
    }

    /** Team → Your name: the name now, to change. */
    void change() {
        ask(false).ifPresent(name -> dialogs.notify(name.isEmpty() ? "You now label without a name."
                : "Your labels are now given as " + name + "."));
    }

    /** Asks over the window the user is in; the name given (or "" for none) is saved at once. */
    private Optional<String> ask(boolean firstLabel) {
        Window over = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(kit.owner());
        Optional<String> answer = AuthorNameDialog.create(over, kit.look(), settings.get().author(), firstLabel,
                session.workspace()).showAndWait();
        answer.ifPresent(name -> settings.change(settings.get().withAuthor(name)));
        return answer;
    }
}
