package com.usthem.cli;

/** Input the user can fix: printed as one message on stderr, exit code 1, nothing written. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
