package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsStoreAction;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Whether a credential is being built from a person's submission of a credentials store's form (create or update,
 * whose URLs all go through {@code .../credentials/store/...}), as opposed to configuration as code, a script or
 * loading from disk. Only then may a certificate be generated; in particular, reloading configuration as code from
 * its web page never generates one.
 */
final class CredentialsFormSubmission {
    private static final String STORE_PATH = "/credentials/store/";

    private CredentialsFormSubmission() {}

    static boolean isCurrent() {
        return isStoreForm(Stapler.getCurrentRequest2());
    }

    static boolean isStoreForm(@CheckForNull StaplerRequest2 request) {
        String uri = request == null ? null : request.getRequestURI();
        return uri != null && uri.contains(STORE_PATH);
    }

    /**
     * The context of the store whose form is submitted: the folder for a folder's store, otherwise Jenkins (a user's
     * store looks as its user, who sees their own credentials there). {@code null} outside a store's form.
     */
    @CheckForNull
    static ModelObject context() {
        StaplerRequest2 request = Stapler.getCurrentRequest2();
        if (!isStoreForm(request)) {
            return null;
        }
        ItemGroup<?> group = request.findAncestorObject(ItemGroup.class);
        return group;
    }

    /**
     * The certificate of the saved credential this submission updates (its keystore, or the Secret file it refers
     * to): the update form is submitted to the
     * credential's own page ({@code .../credential/{id}/updateSubmit}, which checked Credentials/Update), so the
     * credential is an ancestor of the request. {@code null} when creating, or outside a store's form.
     */
    @CheckForNull
    static CertificateSource updatedCertificate() {
        return updatedCertificate(Stapler.getCurrentRequest2());
    }

    @CheckForNull
    static CertificateSource updatedCertificate(@CheckForNull StaplerRequest2 request) {
        AzureManagementCertificateCredentialsImpl saved = updatedCredential(request);
        return saved == null ? null : saved.getCertificateSource();
    }

    /** The saved credential this submission updates, as the store holds it now; {@code null} as above. */
    @CheckForNull
    static AzureManagementCertificateCredentialsImpl updatedCredential() {
        return updatedCredential(Stapler.getCurrentRequest2());
    }

    @CheckForNull
    static AzureManagementCertificateCredentialsImpl updatedCredential(@CheckForNull StaplerRequest2 request) {
        if (!isStoreForm(request)) {
            return null;
        }
        CredentialsStoreAction.CredentialsWrapper page =
                request.findAncestorObject(CredentialsStoreAction.CredentialsWrapper.class);
        if (page != null && page.getCredentials() instanceof AzureManagementCertificateCredentialsImpl saved) {
            return saved;
        }
        return null;
    }
}
