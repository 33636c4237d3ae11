package com.usthem.app;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.view.AppLook;
import javafx.stage.Stage;

/** What each window opened from the write-and-score window is given: its owner, where slow work runs, the pickers, the look. */
record WindowKit(Stage owner, TaskExecutor tasks, FileDialogs files, AppLook look) {
}
