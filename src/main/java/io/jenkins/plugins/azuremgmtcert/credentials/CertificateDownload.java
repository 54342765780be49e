package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The public certificate as a DER {@code .cer} download, the form the Azure portal takes under Subscriptions →
 * Management certificates (and an app registration's Certificates &amp; secrets). Public data only.
 */
final class CertificateDownload implements HttpResponse {
    private final byte[] der;
    private final String fileName;

    private CertificateDownload(@CheckForNull byte[] der, String fileName) {
        this.der = der == null ? null : der.clone();
        this.fileName = fileName;
    }

    /** The download of these DER bytes under a file name made of safe characters only. */
    static CertificateDownload of(byte[] der, String thumbprint) {
        return new CertificateDownload(der, "azure-management-" + thumbprint.replaceAll("[^A-Za-z0-9]", "") + ".cer");
    }

    /** A 404: no such credential in this context. */
    static CertificateDownload notFound() {
        return new CertificateDownload(null, "");
    }

    boolean found() {
        return der != null;
    }

    String fileName() {
        return fileName;
    }

    byte[] der() {
        return der == null ? new byte[0] : der.clone();
    }

    @Override
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        if (der == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setContentType("application/pkix-cert");
        rsp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setContentLength(der.length);
        try (OutputStream out = rsp.getOutputStream()) {
            out.write(der);
        }
    }
}
