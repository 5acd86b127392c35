package io.chaosday.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Each plugin jar has beside it what UPM 8 (Jira 11) needs to install an uploaded app: an Ed25519
 * signature over the whole jar, Base64-encoded (JAR.sig), and the X.509 certificate that verifies
 * it (Atlassian, "Generating app signature and verification certificate using OpenSSL"). Checked
 * with the JDK's own Ed25519, as openssl pkeyutl -verify -rawin checks it.
 */
@RunWith(Parameterized.class)
public class PluginSignatureIT {

    @Parameters(name = "{0}")
    public static List<Object[]> lines() {
        return PluginLine.all();
    }

    @Parameter
    public PluginLine line;

    @Test
    public void theCertificateBesideTheJarVerifiesItsSignature() throws Exception {
        byte[] jar = Files.readAllBytes(Path.of(line.jar()));

        assertTrue("the signature verifies " + line.jar(), verifies(jar, signature(line)));
    }

    @Test
    public void aJarChangedByOneByteNoLongerVerifies() throws Exception {
        byte[] jar = Files.readAllBytes(Path.of(line.jar()));
        jar[jar.length / 2] ^= 1;

        assertFalse(verifies(jar, signature(line)));
    }

    @Test
    public void eachJarHasItsOwnSignature() throws Exception {
        PluginLine other = line == PluginLine.JIRA_10 ? PluginLine.JIRA_11 : PluginLine.JIRA_10;

        assertFalse(verifies(Files.readAllBytes(Path.of(line.jar())), signature(other)));
    }

    @Test
    public void theCertificateHoldsAnEd25519KeyAndTheSignatureIsBase64OnOneLine() throws Exception {
        assertEquals("EdDSA", certificate().getPublicKey().getAlgorithm());
        String text = Files.readString(Path.of(line.jar() + ".sig"), StandardCharsets.US_ASCII);
        assertTrue(text, text.matches("[A-Za-z0-9+/]+=*"));
        assertEquals("an Ed25519 signature is 64 bytes", 64, Base64.getDecoder().decode(text).length);
    }

    private static byte[] signature(PluginLine line) throws Exception {
        return Base64.getDecoder().decode(Files.readString(Path.of(line.jar() + ".sig"), StandardCharsets.US_ASCII).strip());
    }

    private static boolean verifies(byte[] jar, byte[] signature) throws Exception {
        PublicKey key = certificate().getPublicKey();
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(jar);
        return ed25519.verify(signature);
    }

    private static X509Certificate certificate() throws Exception {
        String path = System.getProperty("chaosday.plugin.certificate");
        assertTrue("the signing certificate at " + path, path != null && Files.isRegularFile(Path.of(path)));
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
