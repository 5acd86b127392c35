package io.chaosday.http;

import io.chaosday.rest.Secrets;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.chaosday.rest.Secrets.TOKEN;
import static io.chaosday.rest.Secrets.assertNoToken;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class CredentialSourceTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final List<String> warnings = new ArrayList<>();

    @Test
    public void aTokenAloneIsADataCenterBearerToken() {
        Credentials credentials = source("JIRA", Map.of("JIRA_TOKEN", TOKEN), Optional.empty()).credentials();

        assertEquals(new Credentials.Bearer(TOKEN, "JIRA_TOKEN"), credentials);
        assertEquals(Optional.of("Bearer " + TOKEN), credentials.authorization());
    }

    @Test
    public void aUserAndATokenAreCloudBasicCredentials() {
        Credentials credentials = source("JIRA", Map.of("JIRA_TOKEN", TOKEN, "JIRA_USER", "me@example.com"),
                Optional.empty()).credentials();

        assertEquals(new Credentials.Basic("me@example.com", TOKEN, "JIRA_TOKEN"), credentials);
    }

    @Test
    public void thePrefixNamesTheVariablesSoConfluenceHasItsOwn() {
        Credentials credentials = source("CONFLUENCE", Map.of("JIRA_TOKEN", "other", "CONFLUENCE_TOKEN", TOKEN),
                Optional.empty()).credentials();

        assertEquals(new Credentials.Bearer(TOKEN, "CONFLUENCE_TOKEN"), credentials);
    }

    @Test
    public void aTokenFileGivesItsFirstLineTrimmed() throws Exception {
        Path file = privateFile("  " + TOKEN + "  \nsecond line\n");

        Credentials credentials = source("JIRA", Map.of("JIRA_TOKEN", "ignored"), Optional.of(file)).credentials();

        assertEquals(new Credentials.Bearer(TOKEN, file.toString()), credentials);
        assertTrue(warnings.isEmpty());
    }

    @Test
    public void theTokenFileVariableIsReadWhenNoTokenIsSet() throws Exception {
        Path file = privateFile(TOKEN + "\n");

        Credentials credentials = source("JIRA", Map.of("JIRA_TOKEN_FILE", file.toString()), Optional.empty()).credentials();

        assertEquals(new Credentials.Bearer(TOKEN, file.toString()), credentials);
    }

    @Test
    public void aTokenFileOthersCanReadIsUsedWithAWarning() throws Exception {
        Path file = privateFile(TOKEN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        source("JIRA", Map.of(), Optional.of(file)).credentials();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0), warnings.get(0).contains("chmod 600"));
        assertNoToken(warnings.get(0));
    }

    @Test
    public void noTokenAnywhereSaysWhichVariablesToSet() {
        MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
                () -> source("JIRA", Map.of("JIRA_USER", "me"), Optional.empty()).credentials());

        assertTrue(e.getMessage(), e.getMessage().contains("set JIRA_TOKEN"));
        assertTrue(e.getMessage(), e.getMessage().contains("JIRA_TOKEN_FILE"));
    }

    @Test
    public void anEmptyTokenFileIsRefused() throws Exception {
        Path file = privateFile("\n");

        MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
                () -> source("JIRA", Map.of(), Optional.of(file)).credentials());

        assertTrue(e.getMessage(), e.getMessage().contains("is empty"));
    }

    @Test
    public void aTokenWithAControlCharacterIsRefusedByTheVariablesNameWithoutShowingIt() {
        for (String prefix : List.of("JIRA", "CONFLUENCE")) {
            MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
                    () -> source(prefix, Map.of(prefix + "_TOKEN", TOKEN + "\nX: y"), Optional.empty()).credentials());

            assertTrue(e.getMessage(), e.getMessage().startsWith(prefix + "_TOKEN contains a control character"));
            assertNoToken(e);
        }
    }

    @Test
    public void aTokenFileWithAControlCharacterIsRefusedByItsPathWithoutShowingIt() throws Exception {
        Path file = privateFile(TOKEN + "\u001b]0;X\u0007\n");

        MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
                () -> source("JIRA", Map.of(), Optional.of(file)).credentials());

        assertTrue(e.getMessage(), e.getMessage().startsWith(file + " contains a control character"));
        assertNoToken(e);
    }

    @Test
    public void aTokenWithASpaceOrNonAsciiIsRefusedWithoutShowingIt() {
        for (String bad : List.of(TOKEN + " more", TOKEN + "\u00e9")) {
            MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
                    () -> source("JIRA", Map.of("JIRA_TOKEN", bad), Optional.empty()).credentials());

            assertTrue(e.getMessage(), e.getMessage().contains("contains a space or a character outside ASCII"));
            assertNoToken(e);
        }
    }

    @Test
    public void credentialsMadeInCodeRefuseAControlCharacterWithoutQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Credentials.Bearer(TOKEN + "\r\nX: y", "test"));

        assertNoToken(e);
    }

    @Test
    public void credentialsNeverShowTheirTokenWhenPrinted() {
        assertNoToken(Secrets.BEARER.toString());
        assertNoToken(Secrets.BASIC.toString());
        assertTrue(Secrets.BASIC.toString().contains("facilitator@example.com"));
    }

    private CredentialSource source(String prefix, Map<String, String> env, Optional<Path> file) {
        return new CredentialSource(prefix, env, file, warnings::add);
    }

    private Path privateFile(String text) throws Exception {
        Path file = folder.newFile().toPath();
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
