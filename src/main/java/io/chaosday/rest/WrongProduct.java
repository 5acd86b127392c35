package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.http.RestException;
import io.chaosday.tracker.TrackerException;

import java.net.URI;
import java.util.Optional;

/**
 * The address given for one product answered as the other: Jira's address given to --confluence or
 * the other way round. Told from the error answer already read, so a right address costs nothing.
 * Jira's errors are an ErrorCollection ({@code errorMessages}, {@code errors}: Jira DC 10.3 REST
 * document); Confluence's carry {@code statusCode} and {@code message} (Confluence DC 10.0.3 REST
 * document). That each product answers an unknown REST path in its own shape is assumed.
 */
public final class WrongProduct extends TrackerException {

    /** The product a site answered as. */
    public enum Product {
        JIRA("Jira"), CONFLUENCE("Confluence");

        private final String label;

        Product(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final URI site;
    private final Product answeredAs;
    private final Product expected;

    private WrongProduct(URI site, Product answeredAs, Product expected, RestException cause) {
        super(Kind.UNSUPPORTED, site + " is " + answeredAs + ", not " + expected, cause);
        this.site = site;
        this.answeredAs = answeredAs;
        this.expected = expected;
    }

    /** When {@code e} is an error status answered in the other product's words than {@code expected}'s. */
    public static Optional<WrongProduct> of(RestException e, Product expected) {
        if (e.reason() != RestException.Reason.STATUS) {
            return Optional.empty();
        }
        return answeredAs(e.answer()).filter(product -> product != expected)
                .map(product -> new WrongProduct(e.site(), product, expected, e));
    }

    static Optional<Product> answeredAs(JsonNode answer) {
        if (answer.path("errorMessages").isArray() && !answer.has("statusCode")) {
            return Optional.of(Product.JIRA);
        }
        if (answer.path("statusCode").isIntegralNumber() && answer.has("message") && !answer.has("errorMessages")) {
            return Optional.of(Product.CONFLUENCE);
        }
        return Optional.empty();
    }

    public URI site() {
        return site;
    }

    public Product answeredAs() {
        return answeredAs;
    }

    public Product expected() {
        return expected;
    }
}
