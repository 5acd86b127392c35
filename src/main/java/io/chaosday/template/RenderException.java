package io.chaosday.template;

/** A template could not be rendered: a bug in a template or a view, never the user's input. */
public class RenderException extends RuntimeException {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
