package io.chaosday.http;

import io.chaosday.files.InputFile;
import io.chaosday.files.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the credentials for one product from the environment or a token file; never from a
 * command-line argument, where other users of the machine could read it in the process list.
 *
 * <p>With prefix {@code JIRA}: the token is the first line of {@code tokenFile} when one is given,
 * else {@code JIRA_TOKEN}, else the first line of the file named by {@code JIRA_TOKEN_FILE}.
 * With {@code JIRA_USER} set the result is Basic (Cloud: e-mail + API token), otherwise Bearer
 * (Data Center personal access token).
 */
public final class CredentialSource {

    private static final Set<PosixFilePermission> SHARED = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    /** A token is a line of a few hundred characters at most; a larger file is the wrong file. */
    static final int MAX_TOKEN_FILE_BYTES = 16 * 1024;

    private final String prefix;
    private final Map<String, String> env;
    private final Optional<Path> tokenFile;
    private final Consumer<String> warnings;

    /**
     * @param prefix    "JIRA" or "CONFLUENCE": names the variables {@code PREFIX_TOKEN}, {@code PREFIX_USER}, {@code PREFIX_TOKEN_FILE}
     * @param env       the environment, usually {@code System.getenv()}
     * @param tokenFile a file whose first line is the token, if the user named one
     * @param warnings  told about a token file that other users can read
     */
    public CredentialSource(String prefix, Map<String, String> env, Optional<Path> tokenFile, Consumer<String> warnings) {
        this.prefix = prefix.toUpperCase(Locale.ROOT);
        this.env = Map.copyOf(env);
        this.tokenFile = tokenFile;
        this.warnings = warnings;
    }

    public Credentials credentials() {
        Optional<String> user = variable("USER");
        String origin;
        String token;
        if (tokenFile.isPresent()) {
            origin = tokenFile.get().toString();
            token = readFirstLine(tokenFile.get());
        } else if (variable("TOKEN").isPresent()) {
            origin = prefix + "_TOKEN";
            token = variable("TOKEN").get();
        } else if (variable("TOKEN_FILE").isPresent()) {
            Path file = Path.of(variable("TOKEN_FILE").get());
            origin = file.toString();
            token = readFirstLine(file);
        } else {
            throw new MissingCredentialsException("no " + product() + " token: set " + prefix + "_TOKEN"
                    + " (a personal access token on Data Center; on Cloud an API token, with " + prefix
                    + "_USER set to your e-mail address) or " + prefix + "_TOKEN_FILE to a file holding it");
        }
        if (token.isEmpty()) {
            throw new MissingCredentialsException("the " + product() + " token in " + origin + " is empty");
        }
        // Checked here, by name, so the token never reaches an HTTP library that would quote it in an error.
        TokenText.problem(token).ifPresent(problem -> {
            throw new MissingCredentialsException(origin + " " + problem + ", which no " + product()
                    + " token has; copy the token again");
        });
        return user.<Credentials>map(u -> new Credentials.Basic(u, token, origin))
                .orElseGet(() -> new Credentials.Bearer(token, origin));
    }

    /**
     * Where the token would come from and how it would be sent, for help text; reads no file and
     * never shows the token.
     */
    public String whereFrom() {
        String how = variable("USER").map(u -> ", sent with " + prefix + "_USER " + u + " (Cloud)")
                .orElse(", sent as a bearer token (Data Center)");
        if (tokenFile.isPresent()) {
            return "the file " + tokenFile.get() + how;
        }
        if (variable("TOKEN").isPresent()) {
            return prefix + "_TOKEN, set" + how;
        }
        return variable("TOKEN_FILE").map(f -> "the file " + f + " (" + prefix + "_TOKEN_FILE)" + how)
                .orElse("not set (" + prefix + "_TOKEN, or " + prefix + "_TOKEN_FILE naming a file)");
    }

    private Optional<String> variable(String suffix) {
        return Optional.ofNullable(env.get(prefix + "_" + suffix)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private String readFirstLine(Path file) {
        warnIfShared(file);
        String text;
        try {
            text = InputFile.read(file, "the " + product() + " token file " + file, MAX_TOKEN_FILE_BYTES);
        } catch (UnreadableFileException e) {
            throw new MissingCredentialsException(e.getMessage());
        }
        return text.lines().findFirst().map(String::trim).orElse("");
    }

    private void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                warnings.accept("other users can read the token file " + file + "; chmod 600 it");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions here (e.g. Windows), or unreadable: reading it will say so.
        }
    }

    private String product() {
        return prefix.charAt(0) + prefix.substring(1).toLowerCase(Locale.ROOT);
    }
}
