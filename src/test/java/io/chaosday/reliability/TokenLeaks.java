package io.chaosday.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for a token in every file a suite's runs left behind: outputs, logs, state and figures.
 * A token can leave in clear or as HTTP Basic carries it (base64 of "user:token", where it starts
 * at any of three offsets), so each file is searched for every one of those forms.
 */
public final class TokenLeaks {

    /** Every file under the roots, and how many of them hold the token. */
    public record Scan(int files, List<Path> holding) {
    }

    private TokenLeaks() {
    }

    public static Scan scan(String token, List<Path> roots) {
        List<byte[]> forms = forms(token);
        List<Path> holding = new ArrayList<>();
        int files = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files++;
                    byte[] bytes = Files.readAllBytes(file);
                    if (forms.stream().anyMatch(form -> contains(bytes, form))) {
                        holding.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Scan(files, List.copyOf(holding));
    }

    /** Removes what a suite's runs left, once it has passed: a failed suite keeps it to be looked at. */
    public static void removeAfterPassing(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token in clear, and the runs of base64 that hold it whatever precedes it in "user:token". */
    static List<byte[]> forms(String token) {
        List<byte[]> forms = new ArrayList<>();
        forms.add(token.getBytes(StandardCharsets.UTF_8));
        for (int offset = 0; offset < 3; offset++) {
            String encoded = Base64.getEncoder().encodeToString(("x".repeat(offset) + token).getBytes(StandardCharsets.UTF_8));
            // Drop the characters that also depend on the bytes before and after the token.
            int skip = offset == 0 ? 0 : (offset * 4 + 2) / 3;
            String stable = encoded.substring(skip, Math.max(skip, encoded.length() - 4));
            if (stable.length() >= 8) {
                forms.add(stable.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return forms;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
