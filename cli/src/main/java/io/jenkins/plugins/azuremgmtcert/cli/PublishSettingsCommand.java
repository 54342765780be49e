package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsException;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFile;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsSubscription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code publishsettings}: list the subscriptions of a .publishsettings file and extract a certificate. */
@Command(
        name = "publishsettings",
        mixinStandardHelpOptions = true,
        description = {
            "List the subscriptions of a .publishsettings file; extract a .pfx.",
            "",
            "Lists the subscriptions in an Azure Service Management .publishsettings file (schema 1.0 or 2.0) "
                    + "with the management certificate each one uses, and with --out writes the chosen "
                    + "subscription's certificate as a .pfx for Jenkins (mode 0600; password-free unless an output "
                    + "password is given).",
            "",
            "The App Service \"publish profile\" of a web app is a different file and holds no certificate."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every listed certificate is usable (and --out was written)",
            "1:file or certificate not usable, or could not write (the reason is on standard error)",
            "2:wrong command line"
        })
final class PublishSettingsCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "The .publishsettings file.")
    Path file;

    @Option(
            names = "--subscription",
            paramLabel = "ID",
            description = "Only this subscription (its ID, case-insensitive); needed with --out when the file has "
                    + "several.")
    String subscriptionId;

    @Option(
            names = "--out",
            paramLabel = "PFX_FILE",
            description = "Write the subscription's certificate and " + "private key as a .pfx.")
    Path pfx;

    @Option(
            names = "--legacy",
            description = "Write the .pfx with 3DES/SHA-1 for old Windows tools instead of " + "AES-256 (the default).")
    boolean legacy;

    @Option(names = "--json", description = "Print JSON with stable field names instead of text.")
    boolean json;

    @Mixin
    OutputPasswordOptions outputPassword;

    @Mixin
    ForceOption force;

    @Override
    int execute() throws CommandFailure, PublishSettingsException {
        try {
            return list();
        } catch (CommandFailure | PublishSettingsException e) {
            if (json) {
                // a script reading --json always gets one document, also when the file cannot be used
                out().print(new JsonObject()
                        .put("subscriptions", List.of())
                        .put("errors", List.of(e.getMessage()))
                        .render());
                out().flush();
            }
            throw e;
        }
    }

    private int list() throws CommandFailure, PublishSettingsException {
        PublishSettingsFile settings = PublishSettingsFile.parse(InputFiles.read(
                file,
                PublishSettingsFile.MAX_BYTES,
                "cannot read " + file,
                file + " is larger than " + PublishSettingsFile.MAX_BYTES + " bytes, more than a .publishsettings file "
                        + "with thousands of subscriptions; check that you chose the right file"));
        List<PublishSettingsSubscription> selected =
                subscriptionId == null ? settings.subscriptions() : List.of(settings.subscription(subscriptionId));
        if (pfx != null) {
            writeCertificate(selected);
        }
        List<CertificateReport> reports = new ArrayList<>();
        for (PublishSettingsSubscription subscription : selected) {
            reports.add(report(subscription));
        }
        if (json) {
            printJson(selected, reports);
        } else {
            printText(selected, reports);
        }
        out().flush();
        for (int i = 0; i < reports.size(); i++) {
            if (!reports.get(i).usable()) {
                return fail("subscription " + selected.get(i).id() + ": "
                        + reports.get(i).firstError());
            }
        }
        return ExitCodes.OK;
    }

    private void writeCertificate(List<PublishSettingsSubscription> selected)
            throws CommandFailure, PublishSettingsException {
        if (selected.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "The file has " + selected.size() + " subscriptions; "
                            + "choose the one to write with --subscription ID: "
                            + selected.stream()
                                    .map(PublishSettingsSubscription::id)
                                    .collect(Collectors.joining(", ")));
        }
        OutputFiles files = new OutputFiles(force);
        files.checkWritable(List.of(pfx));
        new Pkcs12Writer(legacy, files)
                .write(selected.get(0).loadCertificate(), outputPassword.read(environment()), pfx);
        if (!json) {
            out().println("Wrote " + pfx + " (certificate of subscription "
                    + selected.get(0).id() + ", " + (outputPassword.given() ? "password-protected" : "no password")
                    + "; keep it secret)");
        }
    }

    private CertificateReport report(PublishSettingsSubscription subscription) {
        try {
            return CertificateReport.of(subscription.loadCertificate(), clock());
        } catch (PublishSettingsException e) {
            return CertificateReport.unreadable(e.getMessage());
        }
    }

    private void printJson(List<PublishSettingsSubscription> selected, List<CertificateReport> reports) {
        List<JsonObject> subscriptions = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            PublishSettingsSubscription subscription = selected.get(i);
            subscriptions.add(new JsonObject()
                    .put("id", subscription.id())
                    .put("name", subscription.name())
                    .put("serviceManagementUrl", subscription.serviceManagementUrl())
                    .put("certificate", reports.get(i).toJson()));
        }
        out().print(new JsonObject().put("subscriptions", subscriptions).render());
    }

    private void printText(List<PublishSettingsSubscription> selected, List<CertificateReport> reports) {
        out().println(file + ": " + selected.size() + (selected.size() == 1 ? " subscription" : " subscriptions"));
        for (int i = 0; i < selected.size(); i++) {
            PublishSettingsSubscription subscription = selected.get(i);
            out().println();
            out().println("Subscription " + subscription.id() + " \"" + OneLine.of(subscription.name()) + "\"");
            out().println("  Service Management URL: " + subscription.serviceManagementUrl());
            reports.get(i).printText(out(), "  ");
        }
    }
}
