package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateDescription;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateValidator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ValidationReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Prints what Jenkins' Test Connection button shows, one finding per line with its kind ({@code OK}, {@code WARNING},
 * {@code ERROR}): the certificate (subject, SHA-1 thumbprint, expiry, the validator's findings), then each API's
 * result: on success the subscription and the hosted services, on failure the diagnosis and Azure's request ID
 * (added unless the diagnosis names it already).
 * The domain's messages hold no secret.
 */
final class ConnectionReportPrinter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PrintWriter out;

    ConnectionReportPrinter(PrintWriter out) {
        this.out = out;
    }

    /** The certificate line and the validator's warnings and errors at {@code clock}'s time. */
    void certificate(ManagementCertificate certificate, Clock clock) {
        line("OK", "Certificate " + identity(certificate));
        ValidationReport report = CertificateValidator.validate(certificate, clock);
        report.warnings().forEach(warning -> line("WARNING", warning));
        report.errors().forEach(error -> line("ERROR", error));
    }

    /** {@code "CN=..., SHA-1 thumbprint ..., valid until 2028-12-05"}. */
    static String identity(ManagementCertificate certificate) {
        CertificateDescription description = certificate.describe();
        return description.subject() + ", SHA-1 thumbprint " + description.thumbprintSha1() + ", valid until "
                + DATE.format(description.notAfter());
    }

    /** A line without a kind that introduces what follows, e.g. one certificate's results. */
    void heading(String text) {
        out.println(OneLine.of(text));
        out.flush();
    }

    void blankLine() {
        out.println();
        out.flush();
    }

    /** What the line of a connected API ends with, e.g. {@code "through Resource Manager"}. */
    static String connectedMarker(String api) {
        return "through " + api;
    }

    /** One API's result, named by {@code api} ({@link ConnectionResult#SERVICE_MANAGEMENT}, ...). */
    void result(String api, ConnectionResult result) {
        if (!result.isSuccess()) {
            String text = api + ": " + result.message();
            boolean named = result.requestId() == null || text.contains(result.requestId());
            line("ERROR", named ? text : text + " (Azure request ID " + result.requestId() + ")");
            return;
        }
        line("OK", result.message()); // names the API itself: "Connected to subscription 'X' (Active) through …"
        for (HostedService service : result.hostedServices()) {
            line(
                    "OK",
                    "  Hosted service " + service.name() + " (" + orDash(service.location()) + ", "
                            + orDash(service.status()) + ")");
        }
    }

    /** One finding: its kind ({@code OK}, {@code WARNING}, {@code ERROR}) and the text. */
    void line(String kind, String text) {
        out.printf("%-8s %s%n", kind + ":", OneLine.of(CliWording.of(text)));
        out.flush();
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
