package io.chaosday.jira.rest;

import java.util.Optional;

/** A request body the resource cannot read: not JSON, or a field of the wrong shape. */
final class BadInput extends RuntimeException {

    private final Optional<String> field;

    BadInput(Optional<String> field, String detail) {
        super(detail);
        this.field = field;
    }

    Optional<String> field() {
        return field;
    }
}
