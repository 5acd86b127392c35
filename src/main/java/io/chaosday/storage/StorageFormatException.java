package io.chaosday.storage;

/** A piece of storage format could not be read as XML, so it cannot be checked and is not used. */
public class StorageFormatException extends RuntimeException {

    public StorageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
