package io.chaosday.cli;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version {

    private Version() {
    }

    /** What {@code --version} prints. */
    static String line() {
        String version = Version.class.getPackage().getImplementationVersion();
        return "chaosday " + (version == null ? "development" : version);
    }
}
