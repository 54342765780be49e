package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.ContextInPath;
import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Items;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceDescriptor;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceException;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFiles;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourceRequest;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourcedCertificate;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerIdentifiers;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.Rollover;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.RolloverEvent;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.RolloverException;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The Azure Management Certificate credential. It keeps the certificate and key as a PKCS#12 keystore in
 * {@link SecretBytes} (re-keyed with the PBES2/AES-256 encryption) and the keystore's password as a {@link Secret}:
 * the uploaded file's password if it had one, otherwise a random one. The constructor resolves the
 * {@link CertificateSource} and fails with the domain's message, so invalid input never becomes a saved credential;
 * the constructor and setters throw {@link CredentialFormFailure}, which shows that message to the person saving the
 * form. A credential read from XML (disk, {@code config.xml}, {@code createCredentials}) is checked by
 * {@link #readResolve()}.
 */
public class AzureManagementCertificateCredentialsImpl extends BaseStandardCredentials
        implements AzureManagementCertificateCredentials {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(AzureManagementCertificateCredentialsImpl.class.getName());

    static {
        Items.XSTREAM2.addCriticalField(AzureManagementCertificateCredentialsImpl.class, "keyStore");
    }

    private final String subscriptionId;
    /** The certificate and key as PKCS#12; {@code null} when {@link #secretFile} gives the certificate. */
    private final SecretBytes keyStore;
    /** The password of {@link #keyStore}; {@code null} with it. */
    private final Secret password;
    /**
     * The Secret file credential the certificate is read from where it is used, instead of a stored keystore; or
     * {@code null}.
     */
    private final SecretFileCertificateSource secretFile;
    /** The next certificate, added and tested beside the current one before it is promoted; or {@code null}. */
    private CertificateSlot nextCertificate;
    /** The former current certificate, kept for a roll-back until it is removed; or {@code null}. */
    private CertificateSlot previousCertificate;
    /** The roll-over's changes, oldest first; {@code null} when there were none. */
    private List<RolloverEvent> rolloverHistory;

    private String cloud;
    private String customServiceManagementUrl;
    private String tenantId;
    private String applicationId;
    private String customAuthorityHost;
    private String customResourceManagerUrl;
    private transient volatile ManagementCertificate certificate;
    private transient boolean urlFromSource;
    private transient boolean cloudFromSource;
    /** The last certificate read from {@link #secretFile} in Jenkins' own context, and from which file instance. */
    private transient volatile Resolution resolution;
    /** Set on the copy a build gets when {@link #secretFile} could not be read there: why. */
    private transient String unusable;

    /** A certificate read from a Secret file, as a stored copy, and the file instance it was read from. */
    private record Resolution(FileCredentials file, AzureManagementCertificateCredentialsImpl copy) {}

    /**
     * @param subscriptionId the subscription (a GUID); may be blank when a publish settings file names it
     * @param certificateSource where the certificate comes from
     * @throws CredentialFormFailure with a localised message when the input cannot be used
     */
    @DataBoundConstructor
    public AzureManagementCertificateCredentialsImpl(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            @CheckForNull String subscriptionId,
            @CheckForNull CertificateSource certificateSource) {
        super(scope, id, description);
        if (certificateSource == null) {
            throw new CredentialFormFailure(
                    Messages.AzureManagementCertificateCredentialsImpl_NoSource(), "certificateSource");
        }
        String name = AzureEndpoints.isBlank(description) ? getId() : description.trim();
        boolean form = CredentialsFormSubmission.isCurrent();
        SourceRequest request = new SourceRequest(
                name,
                subscriptionId,
                form,
                CredentialsFormSubmission.updatedCertificate(),
                form ? SecretFileLookups.inForm(CredentialsFormSubmission.context()) : SecretFileLookups.ofJenkins());
        SourcedCertificate sourced;
        if (!form
                && certificateSource instanceof SecretFileCertificateSource secret
                && !secret.getSecretFileCredentialsId().isEmpty()
                && !AzureEndpoints.isBlank(subscriptionId)) {
            // configuration as code or a script: the same configuration may define or replace the Secret file, which
            // is not in its store yet; only the reference is kept, read where it is used (a build says what is wrong)
            sourced = null;
        } else {
            try {
                sourced = certificateSource.resolve(request);
            } catch (CertificateSourceException e) {
                // No cause: the message shown is this localised text, never a parser's or BouncyCastle's.
                throw new CredentialFormFailure(e.getMessage(), "certificateSource");
            }
        }
        String fromSource = sourced == null ? null : sourced.subscriptionId();
        this.subscriptionId = field(
                "subscriptionId",
                () -> AzureEndpoints.subscriptionId(
                        AzureEndpoints.isBlank(subscriptionId) ? fromSource : subscriptionId));
        if (sourced == null || sourced.secretFile() != null) {
            // only the reference is kept; the certificate is read wherever it is used
            this.secretFile = sourced == null ? (SecretFileCertificateSource) certificateSource : sourced.secretFile();
            this.password = null;
            this.keyStore = null;
        } else {
            this.secretFile = null;
            this.password = sourced.password() != null ? sourced.password() : StoredKeyStore.randomPassword();
            this.keyStore = SecretBytes.fromRawBytes(StoredKeyStore.export(sourced.certificate(), password));
            this.certificate = sourced.certificate();
        }
        if (sourced != null && sourced.serviceManagementUrl() != null) {
            String url = ServiceManagementUrl.of(sourced.serviceManagementUrl())
                    .uri()
                    .toString();
            AzureCloud sovereign = AzureEndpoints.sovereignCloud(url);
            if (sovereign != null) {
                // a sovereign cloud's file: its Entra ID and Resource Manager endpoints come with the cloud
                this.cloud = sovereign.name();
                this.cloudFromSource = true;
            } else if (AzureCloud.fromServiceManagementUrl(url).isEmpty()) {
                this.customServiceManagementUrl = url;
                this.urlFromSource = true;
            }
        }
    }

    /**
     * A copy that holds {@code resolved} as its stored certificate, or that cannot be used for the reason
     * {@code problem}: what a credential that refers to a Secret file becomes where it is used.
     */
    private AzureManagementCertificateCredentialsImpl(
            AzureManagementCertificateCredentialsImpl original,
            @CheckForNull ManagementCertificate resolved,
            @CheckForNull String problem) {
        this(
                original,
                resolvedSlot(resolved, original.secretFile),
                original.nextCertificate,
                original.previousCertificate,
                original.rolloverHistory == null ? List.of() : original.rolloverHistory);
        this.certificate = resolved;
        this.unusable = resolved == null ? problem : null;
    }

    /** The certificate read from a Secret file, held as a stored one (random password); or the reference alone. */
    private static CertificateSlot resolvedSlot(
            @CheckForNull ManagementCertificate resolved, @CheckForNull SecretFileCertificateSource secretFile) {
        if (resolved == null) {
            return new CertificateSlot(null, null, secretFile, null);
        }
        Secret random = StoredKeyStore.randomPassword();
        return new CertificateSlot(
                SecretBytes.fromRawBytes(StoredKeyStore.export(resolved, random)), random, secretFile, null);
    }

    /**
     * A copy whose certificates are those of a roll-over step: {@code current} becomes what builds use. Everything
     * else (ID, scope, subscription, endpoints) is kept.
     */
    private AzureManagementCertificateCredentialsImpl(
            AzureManagementCertificateCredentialsImpl original,
            CertificateSlot current,
            @CheckForNull CertificateSlot next,
            @CheckForNull CertificateSlot previous,
            List<RolloverEvent> history) {
        super(original.getScope(), original.getId(), original.getDescription());
        this.subscriptionId = original.subscriptionId;
        this.cloud = original.cloud;
        this.customServiceManagementUrl = original.customServiceManagementUrl;
        this.tenantId = original.tenantId;
        this.applicationId = original.applicationId;
        this.customAuthorityHost = original.customAuthorityHost;
        this.customResourceManagerUrl = original.customResourceManagerUrl;
        this.keyStore = current.keyStore();
        this.password = current.password();
        this.secretFile = current.secretFile();
        this.nextCertificate = next;
        this.previousCertificate = previous;
        this.rolloverHistory = history.isEmpty() ? null : new ArrayList<>(history);
    }

    @NonNull
    @Override
    public String getSubscriptionId() {
        return subscriptionId;
    }

    @NonNull
    @Override
    public String getCloud() {
        return AzureEndpoints.cloud(cloud).name();
    }

    /**
     * Sets the cloud; ignored right after a {@code .publishsettings} file of a sovereign cloud set it, since the form
     * submits its cloud select (public by default) after the constructor.
     */
    @DataBoundSetter
    public void setCloud(@CheckForNull String cloud) {
        if (cloudFromSource) {
            return;
        }
        this.cloud = field("cloud", () -> AzureEndpoints.cloud(cloud).name());
    }

    /** A Service Management URL that replaces the cloud's, or {@code null}. */
    @CheckForNull
    public String getCustomServiceManagementUrl() {
        return customServiceManagementUrl;
    }

    @DataBoundSetter
    public void setCustomServiceManagementUrl(@CheckForNull String url) {
        if (AzureEndpoints.isBlank(url)) {
            if (!urlFromSource) {
                this.customServiceManagementUrl = null;
            }
            return;
        }
        this.customServiceManagementUrl = field(
                "customServiceManagementUrl",
                () -> ServiceManagementUrl.of(url.trim()).uri().toString());
    }

    @NonNull
    @Override
    public String getServiceManagementUrl() {
        return AzureEndpoints.serviceManagementUrl(AzureEndpoints.cloud(cloud), customServiceManagementUrl, null)
                .toString();
    }

    @CheckForNull
    @Override
    public String getTenantId() {
        return tenantId;
    }

    @DataBoundSetter
    public void setTenantId(@CheckForNull String tenantId) {
        String value = AzureEndpoints.trimToNull(tenantId);
        if (value != null && !ResourceManagerIdentifiers.isTenant(value)) {
            throw new CredentialFormFailure(Messages.AzureManagementCertificateCredentialsImpl_BadTenant(), "tenantId");
        }
        this.tenantId = value;
    }

    @CheckForNull
    @Override
    public String getApplicationId() {
        return applicationId;
    }

    @DataBoundSetter
    public void setApplicationId(@CheckForNull String applicationId) {
        String value = AzureEndpoints.trimToNull(applicationId);
        if (value != null && !ResourceManagerIdentifiers.isGuid(value)) {
            throw new CredentialFormFailure(
                    Messages.AzureManagementCertificateCredentialsImpl_BadApplication(), "applicationId");
        }
        this.applicationId = value;
    }

    @CheckForNull
    @Override
    public String getCustomAuthorityHost() {
        return customAuthorityHost;
    }

    /**
     * Sets the Entra ID authority that replaces the cloud's (https, no query or fragment, trailing slash removed);
     * blank clears it. Give it together with {@link #setCustomResourceManagerUrl(String)}:
     * {@link #checkCustomEndpoints()} refuses one without the other once every field is set.
     */
    @DataBoundSetter
    public void setCustomAuthorityHost(@CheckForNull String url) {
        this.customAuthorityHost = AzureEndpoints.isBlank(url)
                ? null
                : field(
                        "customAuthorityHost",
                        () -> ResourceManagerEndpoints.authorityUrl(url).toString());
    }

    @CheckForNull
    @Override
    public String getCustomResourceManagerUrl() {
        return customResourceManagerUrl;
    }

    /**
     * Sets the Resource Manager URL that replaces the cloud's (https, no query or fragment, trailing slash removed);
     * blank clears it. Give it together with {@link #setCustomAuthorityHost(String)}.
     */
    @DataBoundSetter
    public void setCustomResourceManagerUrl(@CheckForNull String url) {
        this.customResourceManagerUrl = AzureEndpoints.isBlank(url)
                ? null
                : field(
                        "customResourceManagerUrl",
                        () -> ResourceManagerEndpoints.resourceManagerUrl(url).toString());
    }

    /**
     * Refuses a custom authority host without a custom Resource Manager URL, or the other way round. Each setter sees
     * only its own field, so the pair is checked after all of them: Stapler (the form) and configuration as code call
     * this once the setters have run.
     *
     * @throws CredentialFormFailure with a localised message when only one of the two is set
     */
    @PostConstruct
    @Restricted(NoExternalUse.class)
    public void checkCustomEndpoints() {
        field(
                customAuthorityHost == null ? "customAuthorityHost" : "customResourceManagerUrl",
                () -> AzureEndpoints.resourceManager(
                        AzureEndpoints.cloud(cloud), customAuthorityHost, customResourceManagerUrl));
        carryOverRollover(CredentialsFormSubmission.updatedCredential(), RolloverActions.currentUser(), Instant.now());
    }

    /**
     * On the update form, the saved credential's previous certificate and roll-over history stay (the form carries
     * neither), and a next certificate added, replaced or removed there is recorded in the history.
     *
     * @throws CredentialFormFailure if the next certificate is the current one
     */
    void carryOverRollover(
            @CheckForNull AzureManagementCertificateCredentialsImpl saved, @NonNull String user, @NonNull Instant now) {
        if (saved == null) {
            return;
        }
        this.previousCertificate = saved.previousCertificate;
        Rollover<CertificateSlot> before = saved.rollover();
        Rollover<CertificateSlot> after;
        try {
            Rollover.Slot<CertificateSlot> next = slotOf(nextCertificate);
            // this credential's current certificate (the form may have replaced it), the saved roll-over state
            Rollover<CertificateSlot> state =
                    new Rollover<>(rollover().current(), before.next(), before.previous(), before.history());
            if (next == null) {
                after = state.withoutNext(user, now);
            } else {
                after = state.withNext(next, user, now);
                if (before.next() != null && before.next().thumbprint().equals(next.thumbprint())) {
                    // the same next certificate kept: so is the record of its test
                    this.nextCertificate = before.next().certificate();
                }
            }
        } catch (RolloverException e) {
            throw new CredentialFormFailure(e.getMessage(), "nextCertificateSource");
        }
        this.rolloverHistory = after.history().isEmpty() ? null : new ArrayList<>(after.history());
    }

    /** The certificates as the roll-over sees them. */
    @NonNull
    Rollover<CertificateSlot> rollover() {
        CertificateSlot current = new CertificateSlot(keyStore, password, secretFile, null);
        String thumbprint;
        try {
            thumbprint = certificate().thumbprintSha1();
        } catch (IllegalStateException e) {
            thumbprint = "?";
        }
        return new Rollover<>(
                new Rollover.Slot<>(current, thumbprint),
                slotOf(nextCertificate),
                slotOf(previousCertificate),
                rolloverHistory == null ? List.of() : rolloverHistory);
    }

    @CheckForNull
    private Rollover.Slot<CertificateSlot> slotOf(@CheckForNull CertificateSlot slot) {
        return slot == null ? null : new Rollover.Slot<>(slot, slot.thumbprintOrUnknown(getId(), subscriptionId));
    }

    /** This credential after a roll-over step: a new instance for the store, this one unchanged. */
    @NonNull
    AzureManagementCertificateCredentialsImpl withRollover(@NonNull Rollover<CertificateSlot> state) {
        return new AzureManagementCertificateCredentialsImpl(
                this,
                state.current().certificate(),
                state.next() == null ? null : state.next().certificate(),
                state.previous() == null ? null : state.previous().certificate(),
                state.history());
    }

    /** This credential with its next certificate recorded as tested successfully at {@code at}. */
    @NonNull
    AzureManagementCertificateCredentialsImpl withNextTested(@NonNull Instant at) {
        return new AzureManagementCertificateCredentialsImpl(
                this,
                new CertificateSlot(keyStore, password, secretFile, null),
                nextCertificate == null ? null : nextCertificate.testedAt(at),
                previousCertificate,
                rolloverHistory == null ? List.of() : rolloverHistory);
    }

    /**
     * The next certificate, from any source; {@code null} or absent: none. On the update form, "Keep the saved
     * certificate" keeps the saved next certificate (none if it was promoted meanwhile); a Secret file given by
     * configuration as code is kept as a reference without being read, as for the current certificate.
     *
     * @throws CredentialFormFailure with the source's message when it cannot be used
     */
    @DataBoundSetter
    public void setNextCertificateSource(@CheckForNull CertificateSource source) {
        AzureManagementCertificateCredentialsImpl saved = CredentialsFormSubmission.updatedCredential();
        this.nextCertificate =
                slotFrom(source, "nextCertificateSource", saved == null ? null : saved.getNextCertificateSource());
    }

    /** The next certificate as a source (a stored keystore or a Secret file reference), or {@code null}. */
    @CheckForNull
    public CertificateSource getNextCertificateSource() {
        return nextCertificate == null ? null : nextCertificate.asSource();
    }

    /**
     * The previous certificate, for configuration as code (an export carries it); the update form keeps the saved
     * one whatever this says.
     *
     * @throws CredentialFormFailure with the source's message when it cannot be used
     */
    @DataBoundSetter
    public void setPreviousCertificateSource(@CheckForNull CertificateSource source) {
        this.previousCertificate = slotFrom(source, "previousCertificateSource", null);
    }

    /** The previous certificate as a source, or {@code null}. */
    @CheckForNull
    public CertificateSource getPreviousCertificateSource() {
        return previousCertificate == null ? null : previousCertificate.asSource();
    }

    /** The next certificate (for when it was tested), or {@code null}. */
    @CheckForNull
    public CertificateSlot getNextCertificate() {
        return nextCertificate;
    }

    /** The previous certificate, or {@code null}. */
    @CheckForNull
    public CertificateSlot getPreviousCertificate() {
        return previousCertificate;
    }

    /** The next certificate's summary for the page, or {@code null} if there is none or it cannot be read. */
    @CheckForNull
    public CertificateSummary getNextCertificateSummary() {
        return summaryOf(nextCertificate);
    }

    /** The previous certificate's summary for the page, or {@code null} if there is none or it cannot be read. */
    @CheckForNull
    public CertificateSummary getPreviousCertificateSummary() {
        return summaryOf(previousCertificate);
    }

    @CheckForNull
    private CertificateSummary summaryOf(@CheckForNull CertificateSlot slot) {
        if (slot == null) {
            return null;
        }
        try {
            return CertificateSummary.of(slot.certificate(getId(), subscriptionId));
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The roll-over's changes, newest first, as the page lists them. */
    @NonNull
    public List<RolloverEvent> getRolloverHistory() {
        List<RolloverEvent> newestFirst = new ArrayList<>(rolloverHistory == null ? List.of() : rolloverHistory);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @CheckForNull
    private CertificateSlot slotFrom(
            @CheckForNull CertificateSource source, String field, @CheckForNull CertificateSource saved) {
        if (source == null) {
            return null;
        }
        boolean form = CredentialsFormSubmission.isCurrent();
        if (source instanceof StoredCertificateSource stored
                && SecretBytes.getPlainData(stored.getStoredKeyStore()).length == 0
                && saved == null) {
            return null; // "keep" with nothing saved: it was promoted or removed meanwhile
        }
        if (!form
                && source instanceof SecretFileCertificateSource reference
                && !reference.getSecretFileCredentialsId().isEmpty()) {
            return CertificateSlot.reference(reference);
        }
        String name = AzureEndpoints.isBlank(getDescription())
                ? getId()
                : getDescription().trim();
        SourceRequest request = new SourceRequest(
                name,
                subscriptionId,
                form,
                saved,
                form ? SecretFileLookups.inForm(CredentialsFormSubmission.context()) : SecretFileLookups.ofJenkins());
        try {
            return CertificateSlot.of(source.resolve(request));
        } catch (CertificateSourceException e) {
            throw new CredentialFormFailure(e.getMessage(), field);
        }
    }

    /**
     * Checks a credential read from XML, which skips the constructor and setters: from disk, a {@code config.xml} POST or
     * {@code createCredentials} with XML. A cloud, Service Management URL, tenant or application ID the form would
     * refuse is normalised (a cloud's name in any case and with spaces is taken) or dropped with a warning in the log,
     * so that {@link #getCloud()}, {@link #toString()} and the credentials pages never fail; dropping, not refusing,
     * because a refused element of a store's list would silently disappear from it when Jenkins loads it. A missing
     * keystore or password makes the certificate unreadable, which the pages show.
     */
    protected Object readResolve() {
        this.cloud = loadedCloud(cloud);
        if (!AzureEndpoints.isBlank(customServiceManagementUrl)) {
            try {
                this.customServiceManagementUrl = ServiceManagementUrl.of(customServiceManagementUrl.trim())
                        .uri()
                        .toString();
            } catch (IllegalArgumentException e) {
                this.customServiceManagementUrl = dropped("customServiceManagementUrl");
            }
        } else {
            this.customServiceManagementUrl = null;
        }
        this.tenantId = AzureEndpoints.trimToNull(tenantId);
        if (tenantId != null && !ResourceManagerIdentifiers.isTenant(tenantId)) {
            this.tenantId = dropped("tenantId");
        }
        this.applicationId = AzureEndpoints.trimToNull(applicationId);
        if (applicationId != null && !ResourceManagerIdentifiers.isGuid(applicationId)) {
            this.applicationId = dropped("applicationId");
        }
        if (customAuthorityHost != null || customResourceManagerUrl != null) {
            try {
                AzureEndpoints.resourceManager(
                        AzureEndpoints.cloud(cloud), customAuthorityHost, customResourceManagerUrl);
            } catch (IllegalArgumentException e) {
                // half a pair, or a URL the form refuses: the cloud's own endpoints, as without custom ones
                this.customAuthorityHost = dropped("customAuthorityHost");
                this.customResourceManagerUrl = null;
            }
        }
        return withRedactedKeyStoresRestored(CredentialsFormSubmission.updatedCredential());
    }

    /**
     * The credentials plugin's {@code config.xml} (GET) shows every {@link Secret} and {@link SecretBytes} as
     * {@code <secret-redacted/>}, which reads back as empty: POSTing that XML back would lose every stored certificate.
     * A stored keystore is never empty, so an empty one posted to the saved credential's {@code config.xml} means
     * "unchanged": the saved credential's keystore and password in the same place (current, next, previous) are
     * kept. Anything else, and XML read outside such a POST (disk, {@code createCredentials}), is taken as it is.
     */
    private AzureManagementCertificateCredentialsImpl withRedactedKeyStoresRestored(
            @CheckForNull AzureManagementCertificateCredentialsImpl saved) {
        if (saved == null || !saved.getId().equals(getId())) {
            return this;
        }
        CertificateSlot current = new CertificateSlot(keyStore, password, secretFile, null);
        CertificateSlot restoredCurrent =
                restored(current, new CertificateSlot(saved.keyStore, saved.password, saved.secretFile, null));
        CertificateSlot restoredNext = restored(nextCertificate, saved.nextCertificate);
        CertificateSlot restoredPrevious = restored(previousCertificate, saved.previousCertificate);
        if (restoredCurrent == current && restoredNext == nextCertificate && restoredPrevious == previousCertificate) {
            return this;
        }
        return new AzureManagementCertificateCredentialsImpl(
                this,
                restoredCurrent,
                restoredNext,
                restoredPrevious,
                rolloverHistory == null ? List.of() : rolloverHistory);
    }

    /** {@code posted}, or the saved slot's keystore and password if {@code posted} holds a redacted (empty) one. */
    @CheckForNull
    private static CertificateSlot restored(@CheckForNull CertificateSlot posted, @CheckForNull CertificateSlot saved) {
        if (posted == null
                || posted.keyStore() == null
                || SecretBytes.getPlainData(posted.keyStore()).length > 0
                || saved == null
                || saved.keyStore() == null
                || SecretBytes.getPlainData(saved.keyStore()).length == 0) {
            return posted;
        }
        return new CertificateSlot(saved.keyStore(), saved.password(), null, posted.getTestedAt());
    }

    @CheckForNull
    private String loadedCloud(@CheckForNull String name) {
        try {
            return AzureEndpoints.isBlank(name)
                    ? null
                    : AzureEndpoints.cloud(name).name();
        } catch (IllegalArgumentException e) {
            return dropped("cloud");
        }
    }

    @CheckForNull
    private String dropped(String field) {
        LOGGER.log(
                Level.WARNING,
                "Credential {0} was loaded with an invalid {1}; it is ignored until the credential is" + " saved again",
                new Object[] {getId(), field});
        return null;
    }

    /** Runs a check of one field, turning its localised complaint into the failure the form shows next to it. */
    private static <T> T field(String name, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new CredentialFormFailure(e.getMessage(), name);
        }
    }

    /**
     * The saved certificate as a source, so that the edit form and configuration as code keep it: the stored keystore,
     * or the Secret file credential it refers to.
     */
    @NonNull
    public CertificateSource getCertificateSource() {
        return secretFile != null ? secretFile : new StoredCertificateSource(keyStore, password);
    }

    /** The ID of the Secret file credential the certificate is read from, or {@code null} for a stored certificate. */
    @CheckForNull
    public String getSecretFileCredentialsId() {
        return secretFile == null ? null : secretFile.getSecretFileCredentialsId();
    }

    /**
     * For a build, a credential that refers to a Secret file becomes a copy holding the certificate read from it in
     * the build's context, as the build (the Secret file is tracked as used by the build); the credentials plugin's
     * {@code findCredentialById} calls this. If the file cannot be read there, the copy says why when it is used.
     */
    @NonNull
    @Override
    public Credentials forRun(@NonNull Run<?, ?> context) {
        if (!refersToSecretFile()) {
            return this;
        }
        return readSecretFile(SecretFileLookups.forRun(context));
    }

    /** Why this copy cannot be used, or {@code null}: its Secret file could not be read where it is used. */
    @CheckForNull
    @Restricted(NoExternalUse.class)
    public String getUnusableReason() {
        return unusable;
    }

    private boolean refersToSecretFile() {
        return secretFile != null && keyStore == null && unusable == null;
    }

    /** A copy holding the certificate the Secret file has in {@code files}, or one that says why there is none. */
    private AzureManagementCertificateCredentialsImpl readSecretFile(SecretFiles files) {
        String fileId = secretFile.getSecretFileCredentialsId();
        FileCredentials file = files.find(fileId);
        if (file == null) {
            return new AzureManagementCertificateCredentialsImpl(
                    this, null, Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound(getId(), fileId));
        }
        return readSecretFile(file);
    }

    private AzureManagementCertificateCredentialsImpl readSecretFile(FileCredentials file) {
        try {
            return new AzureManagementCertificateCredentialsImpl(
                    this, secretFile.read(file, subscriptionId).certificate(), null);
        } catch (CertificateSourceException e) {
            return new AzureManagementCertificateCredentialsImpl(this, null, e.getMessage());
        }
    }

    /**
     * The certificate of the Secret file as Jenkins itself sees it (the system's context, not System-scoped): for the
     * pages, the expiry monitor and callers without a build. Read again only when the Secret file was replaced.
     */
    private AzureManagementCertificateCredentialsImpl inJenkins() {
        FileCredentials file = SecretFileLookups.ofJenkins().find(secretFile.getSecretFileCredentialsId());
        if (file == null) {
            return readSecretFile(SecretFiles.NONE);
        }
        Resolution last = resolution;
        if (last != null && last.file() == file) {
            return last.copy();
        }
        AzureManagementCertificateCredentialsImpl copy = readSecretFile(file);
        resolution = new Resolution(file, copy);
        return copy;
    }

    @NonNull
    @Override
    public Secret getPassword() {
        if (refersToSecretFile()) {
            Secret resolved = inJenkins().password;
            return resolved != null ? resolved : Secret.fromString("");
        }
        return password != null ? password : Secret.fromString("");
    }

    @NonNull
    @Override
    public KeyStore getKeyStore() {
        if (refersToSecretFile()) {
            return inJenkins().getKeyStore();
        }
        if (keyStore == null || password == null) {
            if (unusable != null) {
                LOGGER.log(Level.WARNING, "Credential {0} cannot be used here: {1}", new Object[] {getId(), unusable});
                return StoredKeyStore.empty();
            }
            LOGGER.log(Level.WARNING, "Credential {0} has no stored keystore", getId());
            return StoredKeyStore.empty();
        }
        try {
            return StoredKeyStore.open(keyStore.getPlainData(), password);
        } catch (GeneralSecurityException | IOException e) {
            LOGGER.log(Level.WARNING, "The keystore of credential {0} cannot be opened ({1})", new Object[] {
                getId(), e.getClass().getSimpleName()
            });
            return StoredKeyStore.empty();
        }
    }

    /** The management certificate with its key, loaded once from the keystore. */
    @NonNull
    public ManagementCertificate certificate() {
        ManagementCertificate loaded = certificate;
        if (loaded == null) {
            if (refersToSecretFile()) {
                return inJenkins().certificate();
            }
            if (unusable != null) {
                throw new IllegalStateException(unusable);
            }
            // the stored keystore, read as any slot's (without one, read from XML: the pages say it cannot be read)
            loaded = new CertificateSlot(keyStore, password, null, null).certificate(getId(), subscriptionId);
            certificate = loaded;
        }
        return loaded;
    }

    /** Subject, thumbprint and expiry for the form, or {@code null} if the stored keystore cannot be read. */
    @CheckForNull
    public CertificateSummary getCertificateSummary() {
        try {
            return CertificateSummary.of(certificate());
        } catch (IllegalStateException e) {
            return null;
        }
    }

    @NonNull
    @Override
    public String getThumbprint() {
        return certificate().thumbprintSha1();
    }

    @Override
    public String toString() {
        return "AzureManagementCertificateCredentialsImpl{id=" + getId() + ", subscriptionId=" + subscriptionId
                + ", cloud=" + getCloud()
                + (secretFile == null
                        ? ", keyStore=******, password=******"
                        : ", secretFile=" + secretFile.getSecretFileCredentialsId())
                + "}";
    }

    /** The descriptor: display name, field checks, Test Connection and the public certificate download. */
    @Extension
    @Symbol("azureManagementCertificate")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {
        private final WebMethodAccess access;
        private final ConnectionTest connectionTest;
        private final RolloverActions rollover;
        private final Clock clock;

        public DescriptorImpl() {
            this(
                    WebMethodAccess.get(),
                    new ConnectionTest(
                            new AzureConnectionTester(),
                            () -> JenkinsProxySettings.apply(
                                    ConnectionSettings.defaults(), Jenkins.get().getProxy()),
                            Clock.systemUTC()));
        }

        DescriptorImpl(WebMethodAccess access, ConnectionTest connectionTest) {
            this(access, connectionTest, Clock.systemUTC());
        }

        DescriptorImpl(WebMethodAccess access, ConnectionTest connectionTest, Clock clock) {
            super();
            this.access = access;
            this.connectionTest = connectionTest;
            this.clock = clock;
            this.rollover = new RolloverActions(access, clock);
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.AzureManagementCertificateCredentialsImpl_DisplayName();
        }

        /** The line under the kind's name in the credentials dialog's kind picker. */
        @Override
        public String getDescription() {
            return Messages.AzureManagementCertificateCredentialsImpl_Description();
        }

        /** The credentials plugin's certificate icon, as its own Certificate kind shows. */
        @Override
        public String getIconClassName() {
            return "icon-application-certificate";
        }

        /** The certificate sources the form offers; "keep the current certificate" only for a saved credential. */
        @NonNull
        public List<CertificateSourceDescriptor> certificateSourceDescriptors(boolean saved) {
            return CertificateSourceDescriptor.offered(saved);
        }

        /**
         * The sources of a next certificate: all of them; "keep the saved certificate" only when the credential has a
         * next certificate to keep.
         */
        @NonNull
        public List<CertificateSourceDescriptor> nextCertificateSourceDescriptors(
                @CheckForNull AzureManagementCertificateCredentialsImpl instance) {
            return CertificateSourceDescriptor.offered(instance != null && instance.getNextCertificate() != null);
        }

        /**
         * Makes the saved credential's next certificate current and keeps the current one as previous. Needs
         * Credentials/Update on the credential's store in the page's context, checked before anything is read.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doPromote(@ContextInPath ModelObject context, @QueryParameter String savedCredentialId) {
            return rollover.run(
                    context,
                    savedCredentialId,
                    credential -> null,
                    Rollover::promote,
                    after -> Messages.RolloverActions_Promoted(
                            after.current().thumbprint(),
                            after.previous() == null ? "?" : after.previous().thumbprint()));
        }

        /** Makes the previous certificate current again (the undone one becomes the next one); as {@link #doPromote}. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doRollBack(@ContextInPath ModelObject context, @QueryParameter String savedCredentialId) {
            return rollover.run(
                    context,
                    savedCredentialId,
                    this::previousExpired,
                    Rollover::rollBack,
                    after -> Messages.RolloverActions_RolledBack(
                            after.current().thumbprint(),
                            after.next() == null ? "?" : after.next().thumbprint()));
        }

        /** Removes the previous certificate; as {@link #doPromote}. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doRemovePrevious(
                @ContextInPath ModelObject context, @QueryParameter String savedCredentialId) {
            return rollover.run(
                    context,
                    savedCredentialId,
                    credential -> null,
                    Rollover::removePrevious,
                    after -> Messages.RolloverActions_PreviousRemoved());
        }

        /** An expired previous certificate is not used again: Azure would refuse it. */
        @CheckForNull
        private String previousExpired(AzureManagementCertificateCredentialsImpl credential) {
            CertificateSummary previous = credential.getPreviousCertificateSummary();
            if (previous != null && previous.notAfter().isBefore(clock.instant())) {
                return Messages.RolloverActions_PreviousExpired(previous.thumbprint(), previous.expiry());
            }
            return null;
        }

        /** The clouds; a fixed list, so anyone who can open a form may have it. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillCloudItems() {
            return FieldChecks.clouds();
        }

        /** Checks the value's format only, so it needs no permission (it tells nothing about Jenkins). */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckSubscriptionId(@QueryParameter String value) {
            return FieldChecks.subscriptionId(value);
        }

        /** Checks the value's format only (it connects nowhere), so it needs no permission. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckCustomServiceManagementUrl(@QueryParameter String value) {
            return FieldChecks.customServiceManagementUrl(value);
        }

        /** Checks the value's format only, so it needs no permission. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckTenantId(@QueryParameter String value) {
            return FieldChecks.tenantId(value);
        }

        /** Checks the value's format only, so it needs no permission. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckApplicationId(@QueryParameter String value) {
            return FieldChecks.applicationId(value);
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckCustomAuthorityHost(@QueryParameter String value) {
            return FieldChecks.customAuthorityHost(value);
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckCustomResourceManagerUrl(@QueryParameter String value) {
            return FieldChecks.customResourceManagerUrl(value);
        }

        /**
         * Tests the connection with what the form holds now (saved or not). Needs Credentials/Create or Update on the
         * credential store of the form's context (the system store, a folder's, the user's own); checked before
         * anything is parsed or sent.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doTestConnection(
                @ContextInPath ModelObject context,
                @QueryParameter String subscriptionId,
                @QueryParameter String cloud,
                @QueryParameter String customServiceManagementUrl,
                @QueryParameter String tenantId,
                @QueryParameter String applicationId,
                @QueryParameter String customAuthorityHost,
                @QueryParameter String customResourceManagerUrl,
                @QueryParameter String keyStore,
                @QueryParameter String keyStorePassword,
                @QueryParameter String pem,
                @QueryParameter String pemPassword,
                @QueryParameter String publishSettings,
                @QueryParameter String secretFileCredentialsId,
                @QueryParameter String secretFilePassword,
                @QueryParameter String savedCredentialId,
                @QueryParameter String certificateSourceKind) {
            access.checkCreateOrUpdate(context);
            CertificateSource source;
            try {
                source = FormCertificateSource.choose(
                        certificateSourceKind,
                        keyStore,
                        keyStorePassword,
                        pem,
                        pemPassword,
                        publishSettings,
                        secretFileSource(secretFileCredentialsId, secretFilePassword),
                        () -> savedCertificate(context, savedCredentialId));
            } catch (CertificateSourceException e) {
                return FormValidation.error(e.getMessage());
            }
            ConnectionTest.Input input = new ConnectionTest.Input(
                    subscriptionId,
                    cloud,
                    customServiceManagementUrl,
                    tenantId,
                    applicationId,
                    customAuthorityHost,
                    customResourceManagerUrl,
                    source,
                    SecretFileLookups.inForm(context));
            AzureManagementCertificateCredentialsImpl saved = savedCredential(context, savedCredentialId);
            CertificateSource next = saved == null ? null : saved.getNextCertificateSource();
            if (next == null) {
                return connectionTest.run(input);
            }
            // a roll-over: both certificates, each report labelled; a next certificate that connects is recorded
            ConnectionTest.Outcome current =
                    connectionTest.test(input, Messages.AzureManagementCertificateCredentialsImpl_CurrentLabel());
            ConnectionTest.Outcome tested = connectionTest.test(
                    input.withSource(next), Messages.AzureManagementCertificateCredentialsImpl_NextLabel());
            if (tested.connected() && tested.thumbprint() != null) {
                rollover.recordTested(context, savedCredentialId, tested.thumbprint());
            }
            return FormValidation.aggregate(List.of(current.validation(), tested.validation()));
        }

        private static SecretFileCertificateSource secretFileSource(
                @CheckForNull String id, @CheckForNull String password) {
            SecretFileCertificateSource source = new SecretFileCertificateSource(id);
            source.setSecretFilePassword(Secret.fromString(password == null ? "" : password));
            return source;
        }

        /**
         * The certificate of the saved credential the update form shows, looked up in the context's stores where the
         * user may update credentials (what saving that form needs), as the user; nothing secret comes from the page.
         */
        @CheckForNull
        private CertificateSource savedCertificate(@CheckForNull ModelObject context, @CheckForNull String id) {
            AzureManagementCertificateCredentialsImpl saved = savedCredential(context, id);
            return saved == null ? null : saved.getCertificateSource();
        }

        @CheckForNull
        private AzureManagementCertificateCredentialsImpl savedCredential(
                @CheckForNull ModelObject context, @CheckForNull String id) {
            return CertificateLookup.find(access.updatableStores(context), id);
        }

        /**
         * The saved credential's public certificate as a {@code .cer} file, looked up in the context's stores that
         * the user may view (Credentials/View), as the user. Not found when there is no such credential there or its
         * stored certificate cannot be read (the form says so).
         */
        @Restricted(NoExternalUse.class)
        public HttpResponse doDownloadCertificate(
                @ContextInPath ModelObject context, @QueryParameter String id, @QueryParameter String which) {
            AzureManagementCertificateCredentialsImpl found =
                    CertificateLookup.find(access.viewableStores(context), id);
            if (found == null) {
                return CertificateDownload.notFound();
            }
            ManagementCertificate certificate;
            try {
                if ("next".equals(which) || "previous".equals(which)) {
                    CertificateSlot slot =
                            "next".equals(which) ? found.getNextCertificate() : found.getPreviousCertificate();
                    if (slot == null) {
                        return CertificateDownload.notFound();
                    }
                    certificate = slot.certificate(found.getId(), found.getSubscriptionId());
                } else {
                    certificate = found.certificate();
                }
            } catch (IllegalStateException e) {
                return CertificateDownload.notFound();
            }
            return CertificateDownload.of(
                    CertificateExporter.toCer(certificate.certificate()), certificate.thumbprintSha1());
        }
    }
}
