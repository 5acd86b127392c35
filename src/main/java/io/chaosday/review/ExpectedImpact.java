package io.chaosday.review;

import java.util.Objects;

/** What the experiment is expected to do to the system and to the business. */
public record ExpectedImpact(String technical, String business) {

    public ExpectedImpact {
        Objects.requireNonNull(technical, "technical");
        Objects.requireNonNull(business, "business");
    }
}
