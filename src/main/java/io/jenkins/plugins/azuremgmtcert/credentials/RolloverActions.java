package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsStore;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.Rollover;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.RolloverException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;

/**
 * The roll-over buttons of a saved credential (promote, roll back, remove the previous certificate) and the record of
 * a successful test of its next certificate. Each finds the credential in a store of the page's context where the
 * user may update credentials (checked before anything is read), computes the new state, and replaces the credential
 * in its store with a new instance: the saved one is never changed, so a failed save loses nothing and a build that
 * already holds the credential keeps using one certificate throughout.
 */
final class RolloverActions {
    private static final Logger LOGGER = Logger.getLogger(RolloverActions.class.getName());

    /** A roll-over step. */
    @FunctionalInterface
    interface Step {
        Rollover<CertificateSlot> apply(Rollover<CertificateSlot> state, String user, Instant now)
                throws RolloverException;
    }

    private final WebMethodAccess access;
    private final Clock clock;

    RolloverActions(@NonNull WebMethodAccess access, @NonNull Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Who makes a change: the signed-in user's ID, or the system's name. */
    @NonNull
    static String currentUser() {
        return Jenkins.getAuthentication2().getName();
    }

    /**
     * Runs a step on the credential {@code id} and saves the result.
     *
     * @param precondition a reason to refuse the step for this credential, or {@code null} to go on
     * @param done the message once saved
     * @throws AccessDeniedException if the user may update credentials in no store of the context
     */
    @NonNull
    FormValidation run(
            @CheckForNull ModelObject context,
            @CheckForNull String id,
            @NonNull Function<AzureManagementCertificateCredentialsImpl, String> precondition,
            @NonNull Step step,
            @NonNull Function<Rollover<CertificateSlot>, String> done) {
        List<CredentialsStore> stores = access.updatableStores(context);
        if (stores.isEmpty()) {
            throw new AccessDeniedException(Messages.RolloverActions_CannotUpdate());
        }
        CertificateLookup.Located found = CertificateLookup.locate(stores, id);
        if (found == null) {
            return FormValidation.error(Messages.RolloverActions_NotFound(id == null ? "" : id));
        }
        String refused = precondition.apply(found.credential());
        if (refused != null) {
            return FormValidation.error(refused);
        }
        Rollover<CertificateSlot> after;
        try {
            after = step.apply(found.credential().rollover(), currentUser(), clock.instant());
        } catch (RolloverException e) {
            return FormValidation.error(e.getMessage());
        }
        if (!replace(found, found.credential().withRollover(after))) {
            return FormValidation.error(
                    Messages.RolloverActions_NotSaved(found.credential().getId()));
        }
        return FormValidation.ok(done.apply(after));
    }

    /**
     * Records that the next certificate with this thumbprint connected just now, if the credential still has it as
     * next; a failure to save is only logged (the test itself succeeded).
     */
    void recordTested(@CheckForNull ModelObject context, @CheckForNull String id, @NonNull String thumbprint) {
        CertificateLookup.Located found = CertificateLookup.locate(access.updatableStores(context), id);
        if (found == null) {
            return;
        }
        AzureManagementCertificateCredentialsImpl credential = found.credential();
        Rollover.Slot<CertificateSlot> next = credential.rollover().next();
        if (next == null || !next.thumbprint().equals(thumbprint)) {
            return;
        }
        replace(found, credential.withNextTested(clock.instant()));
    }

    private static boolean replace(
            CertificateLookup.Located found, AzureManagementCertificateCredentialsImpl replacement) {
        try {
            return found.store().updateCredentials(found.domain(), found.credential(), replacement);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Credential {0} could not be saved after a roll-over step ({1})", new Object[] {
                found.credential().getId(), e.getClass().getSimpleName()
            });
            return false;
        }
    }
}
