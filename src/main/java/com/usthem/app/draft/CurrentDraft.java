package com.usthem.app.draft;

import com.usthem.core.scoring.ScoredText;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;

/**
 * What the windows opened beside the editor may know of the draft in it: its text and selection,
 * the latest verdict (while the user types it may be for an older text), and the file it was
 * opened from or saved to (null for a draft never saved).
 */
public record CurrentDraft(DraftEditor editor, ObservableValue<ScoredText> verdict, ObservableValue<Path> file) {
}
