import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs the plugin jars the way UPM checks them (Atlassian, "Generating app signature and
 * verification certificate using OpenSSL"; "App signing troubleshooting"): an Ed25519 signature
 * over the whole jar, Base64-encoded, in JAR.sig beside it, and the X.509 certificate holding the
 * public key that verifies it, in PEM, in the certificate file named on the command line.
 *
 * The key: a release key when one is given, as the PEM text of an unencrypted PKCS#8 Ed25519 key
 * (what openssl genpkey -algorithm ed25519 writes) in CHAOSDAY_SIGNING_KEY, or in the file that
 * CHAOSDAY_SIGNING_KEY_FILE names, with its certificate in CHAOSDAY_SIGNING_CERT_FILE. Otherwise a
 * throw-away key and a self-signed certificate made now by the JDK's keytool, for tests and local
 * Jira instances only: the key is deleted once the jars are signed.
 *
 * Usage: java src/build/SignPluginJars.java CERTIFICATE.crt JAR...
 * Run by Maven (pom.xml, execution sign-plugin-jars) with the JDK that builds the project.
 */
public final class SignPluginJars {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            fail("usage: java src/build/SignPluginJars.java CERTIFICATE.crt JAR...");
        }
        Path certificateFile = Path.of(args[0]);
        Files.createDirectories(certificateFile.toAbsolutePath().getParent());
        Signer signer = System.getenv("CHAOSDAY_SIGNING_KEY") != null || System.getenv("CHAOSDAY_SIGNING_KEY_FILE") != null
                ? releaseSigner() : throwAwaySigner(certificateFile.toAbsolutePath().getParent());
        Files.writeString(certificateFile, pem(signer.certificate()));
        for (String jar : List.of(args).subList(1, args.length)) {
            Path file = Path.of(jar);
            byte[] signature = signer.sign(Files.readAllBytes(file));
            Files.writeString(Path.of(jar + ".sig"), Base64.getEncoder().encodeToString(signature));
            System.out.println("signed " + file.getFileName() + " (" + signer.kind() + " key) -> " + file.getFileName() + ".sig, "
                    + certificateFile.getFileName());
        }
    }

    private record Signer(PrivateKey key, Certificate certificate, String kind) {
        byte[] sign(byte[] content) throws GeneralSecurityException {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(content);
            return ed25519.sign();
        }
    }

    /** The release key and its certificate, checked to belong together before anything is signed. */
    private static Signer releaseSigner() throws Exception {
        String keyText = System.getenv("CHAOSDAY_SIGNING_KEY") != null ? System.getenv("CHAOSDAY_SIGNING_KEY")
                : read(System.getenv("CHAOSDAY_SIGNING_KEY_FILE"), "CHAOSDAY_SIGNING_KEY_FILE");
        String certificateFile = System.getenv("CHAOSDAY_SIGNING_CERT_FILE");
        if (certificateFile == null) {
            fail("a release signing key was given without its certificate: set CHAOSDAY_SIGNING_CERT_FILE to the PEM certificate");
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(keyText, "PRIVATE KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The key's text is never echoed.
            throw fail("the release signing key is not an unencrypted PKCS#8 Ed25519 key in PEM: make one with"
                    + " openssl genpkey -algorithm ed25519");
        }
        Certificate certificate;
        try (InputStream in = new ByteArrayInputStream(read(certificateFile, "CHAOSDAY_SIGNING_CERT_FILE").getBytes(StandardCharsets.US_ASCII))) {
            certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Signer signer = new Signer(key, certificate, "release");
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(certificate.getPublicKey());
        check.update(probe);
        if (!check.verify(signer.sign(probe))) {
            fail("the release signing key does not match the certificate in CHAOSDAY_SIGNING_CERT_FILE: give the certificate made from that key");
        }
        return signer;
    }

    /** A key for this build only, made by keytool in a keystore that is deleted once it is read. */
    private static Signer throwAwaySigner(Path folder) throws Exception {
        Path keystore = Files.createTempFile(folder, "throw-away-signing", ".p12");
        Files.delete(keystore);
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            ProcessBuilder builder = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "Ed25519", "-alias", "chaosday",
                    "-dname", "CN=Chaos Day for Jira (throw-away build key)", "-validity", "90",
                    "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass:env", "CHAOSDAY_THROWAWAY_PASS")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // The password reaches keytool through its environment, never its command line.
            builder.environment().put("CHAOSDAY_THROWAWAY_PASS", password);
            Process process = builder.start();
            process.waitFor();
            if (process.exitValue() != 0) {
                fail("keytool could not make the throw-away signing key (exit " + process.exitValue() + ")");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password.toCharArray());
            }
            return new Signer((PrivateKey) store.getKey("chaosday", password.toCharArray()), store.getCertificate("chaosday"), "throw-away");
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    private static String pem(Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    private static byte[] der(String pem, String type) {
        String body = pem.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String read(String file, String variable) throws Exception {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            fail(variable + " names " + file + ", which cannot be read: give the path of the PEM file");
        }
        return Files.readString(path, StandardCharsets.US_ASCII);
    }

    private static IllegalStateException fail(String message) {
        System.err.println("chaosday signing: " + message);
        System.exit(2);
        return new IllegalStateException(message);
    }
}
