package com.usthem.app.team;

import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.model.ModelStore;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The workspace's accepted models, oldest first, with the one in use; making an older (or newer)
 * one current is a rollback (or a roll forward) and swaps it in for scoring.
 */
public final class ModelHistoryViewModel {

    private final WorkspaceSession session;
    private final ObservableList<ModelStore.Version> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean active;

    /** The versions and the current one, as read together. */
    private record History(List<ModelStore.Version> versions, String current) {
    }

    public ModelHistoryViewModel(WorkspaceSession session) {
        this.session = session;
        session.engineProperty().addListener(observable -> refresh());
        session.workspaceProperty().addListener(observable -> refresh());
    }

    /** While active (the window is open) the list follows every new model; activating reads it at once. */
    public void setActive(boolean isActive) {
        active = isActive;
        refresh();
    }

    public void refresh() {
        if (!active) {
            return;
        }
        ModelStore store = session.workspace().models();
        session.run(() -> new History(store.versions(), store.current().orElse(null)), history -> {
            current.set(history.current());
            versions.setAll(history.versions());
        }, problem -> status.set("Could not read the models: " + problem));
    }

    /** Every accepted model, oldest first. */
    public ObservableList<ModelStore.Version> versions() {
        return versions;
    }

    /** The version in use (the one {@code models/current} names). */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What the last rollback did, or why it could not be done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Makes a version current (refused when its file does not load) and scores with it from then on. */
    public void makeCurrent(String version) {
        ModelStore store = session.workspace().models();
        String was = current.get();
        session.run(() -> store.makeCurrent(version), name -> {
            status.set(name + " is now the current model" + (was == null || was.equals(name) ? "." : " (was " + was
                    + "). Nothing was deleted: you can switch back at any time."));
            session.reloadModel();
            refresh();
        }, problem -> status.set("Not changed: " + problem));
    }
}
