package com.usthem.core.room;

/** A phone's request the server cannot take as it came (not JSON, too large, a field missing), with the status to answer. */
final class PhoneRequestException extends Exception {

    private final int status;

    PhoneRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
