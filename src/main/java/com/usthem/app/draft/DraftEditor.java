package com.usthem.app.draft;

/** The editor the draft is written in, as the actions on the draft (open, save, new, label) need it. */
public interface DraftEditor {

    String text();

    /** Where the selection starts; equal to its end when nothing is selected. */
    int selectionStart();

    int selectionEnd();

    /** Replaces the whole draft, e.g. with an opened file; its undo history starts afresh. */
    void setDraft(String text);

    /** Puts the keyboard focus in the editor. */
    void focus();
}
