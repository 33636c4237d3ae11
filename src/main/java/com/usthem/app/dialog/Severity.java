package com.usthem.app.dialog;

/** How serious a message for the user is; a banner shows each kind in its own colour. */
public enum Severity { INFO, WARNING, ERROR }
