package io.chaosday.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;

/**
 * Plain {@code http://} sends the token and every answer readable to anyone on the way. It is
 * fine to this machine (a local test server, a tunnel); to any other host only when asked for by
 * name, and then with a warning each time.
 */
final class PlainHttp {

    private PlainHttp() {
    }

    static void check(String option, URI address, boolean allowed, PrintWriter err) {
        if (!"http".equals(address.getScheme().toLowerCase(Locale.ROOT)) || isLoopback(address.getHost())) {
            return;
        }
        if (!allowed) {
            throw new UsageException(option + " " + address + " is plain http: the token would cross the network unencrypted;"
                    + " use https://, or pass --allow-insecure-http if this network is trusted");
        }
        err.println("warning: " + option + " " + address + " is plain http; the token and all data cross the network"
                + " unencrypted (--allow-insecure-http)");
    }

    /** Only names that cannot leave the machine: no lookup, which a hostile resolver could answer. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || h.equals("[::1]") || h.equals("::1");
    }
}
