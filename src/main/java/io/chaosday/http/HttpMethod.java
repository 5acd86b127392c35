package io.chaosday.http;

/** The HTTP methods our adapters use. */
public enum HttpMethod {
    GET, PUT, POST, DELETE;

    /** Doing it twice leaves the server as doing it once would, so a lost answer can be asked again. */
    public boolean isRepeatable() {
        return this != POST;
    }
}
