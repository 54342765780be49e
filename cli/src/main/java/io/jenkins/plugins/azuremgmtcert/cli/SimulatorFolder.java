package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.LocalSecretDirectory;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary folder of {@code simulate}: owner-only, holding the simulators' CA file, the env file and the
 * certificate written by the code of {@code withAzureCert} ({@link CertificateMaterializer}, a random sub-folder with
 * {@code certificate.pfx}, {@code .pem} and {@code .cer}). Files get mode 0400 as a build's do; {@link #delete()}
 * removes all of it.
 */
final class SimulatorFolder {

    /** Name of the PEM file with both simulators' CA certificates. */
    static final String CA_FILE_NAME = "simulators-ca.pem";
    /** Name of the file of variables to {@code source}. */
    static final String ENV_FILE_NAME = "env";

    private final Path path;
    private final LocalSecretDirectory directory;
    private final List<String> files = new ArrayList<>();
    private MaterializedCertificate certificate;

    private SimulatorFolder(Path path) {
        this.path = path;
        this.directory = new LocalSecretDirectory(path);
    }

    /** A new folder in the system's temporary folder, owner-only. */
    static SimulatorFolder create() throws CommandFailure {
        Path path = DemoFolder.create("azure-mgmt-cert-simulate-");
        try {
            LocalSecretDirectory.ensurePrivateDirectory(path);
        } catch (IOException e) {
            DemoFolder.delete(path, new ArrayList<>());
            throw new CommandFailure("cannot make " + path + " private (" + IoProblem.describe(e) + ")", e);
        }
        return new SimulatorFolder(path);
    }

    Path path() {
        return path;
    }

    /** Writes the certificate as {@code withAzureCert} does, with a new random PKCS#12 password. */
    synchronized MaterializedCertificate materialize(ManagementCertificate managementCertificate)
            throws CommandFailure, InterruptedException {
        try {
            certificate = new CertificateMaterializer().materialize(managementCertificate, directory);
            return certificate;
        } catch (IOException e) {
            throw new CommandFailure(
                    "cannot write the certificate into " + path + " (" + IoProblem.describe(e) + ")", e);
        }
    }

    /** Writes {@value #CA_FILE_NAME}. */
    Path writeCaFile(String pem) throws CommandFailure {
        return write(CA_FILE_NAME, pem);
    }

    /** Writes {@value #ENV_FILE_NAME}. */
    Path writeEnvFile(String text) throws CommandFailure {
        return write(ENV_FILE_NAME, text);
    }

    private synchronized Path write(String name, String text) throws CommandFailure {
        try {
            files.add(name);
            return Path.of(directory.createPrivateFile(name, text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + path.resolve(name) + " (" + IoProblem.describe(e) + ")", e);
        }
    }

    /**
     * Deletes everything this folder holds, and the folder.
     *
     * @return what could not be deleted; empty when all is gone
     */
    synchronized List<String> delete() {
        List<String> problems = new ArrayList<>();
        if (certificate != null) {
            try {
                certificate.close();
            } catch (IOException e) {
                problems.add("cannot delete " + certificate.folderPath() + " (" + IoProblem.describe(e) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add("interrupted while deleting " + certificate.folderPath());
            }
        }
        for (String name : files) {
            try {
                directory.deleteFile(name);
            } catch (IOException e) {
                problems.add("cannot delete " + path.resolve(name) + " (" + IoProblem.describe(e) + ")");
            }
        }
        DemoFolder.delete(path, problems);
        return problems;
    }
}
