package com.usthem.core.model;

/** A model file that cannot be used; the message names the file and the reason. */
public class ModelLoadException extends Exception {
    public ModelLoadException(String message) {
        super(message);
    }
}
