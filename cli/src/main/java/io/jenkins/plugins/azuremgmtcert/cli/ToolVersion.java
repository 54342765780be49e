package io.jenkins.plugins.azuremgmtcert.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version} of the tool and of every command: the version the build wrote into the jar's manifest
 * ({@code Implementation-Version}: the plugin's version, computed from the git history), or a note that the classes
 * do not come from the packaged jar.
 */
final class ToolVersion implements IVersionProvider {

    /** The version from the manifest, or {@code null} outside the packaged jar. */
    static String fromManifest() {
        Package main = Main.class.getPackage();
        return main == null ? null : main.getImplementationVersion();
    }

    @Override
    public String[] getVersion() {
        String version = fromManifest();
        return new String[] {
            "azure-mgmt-cert-cli " + (version == null ? "(development build, not run from its jar)" : version),
            "The command-line tool of the Jenkins Azure Management Certificate plugin."
        };
    }
}
