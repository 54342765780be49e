package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.XmlFile;
import hudson.model.AdministrativeMonitor;
import hudson.model.AsyncPeriodicWork;
import hudson.model.Saveable;
import hudson.model.TaskListener;
import hudson.model.listeners.SaveableListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Warns administrators (Manage Jenkins) about Azure management certificates that expired or expire within 30 days,
 * each with a link to its credential. Only Jenkins' own credentials store is scanned: the system store of
 * {@link SystemCredentialsProvider} (context Jenkins, every domain). Folder and user stores and other credentials
 * providers (external ones such as Vault, AWS, Key Vault or Kubernetes) are not.
 *
 * <p>Jenkins asks {@link #isActivated()} on every page an administrator loads, so it and the message only read a list
 * computed in the background ({@link ExpiringCertificatesCache}): by {@link Refresh} soon after start-up and then
 * every hour, and by {@link SystemStoreListener} shortly after the system store is saved (a credential added, changed
 * or removed). Administrators can dismiss the warning (Jenkins' standard disable) and turn it on again under
 * <em>Manage Jenkins → System → Administrative monitors</em>.
 */
@Extension
public final class ExpiringCertificatesMonitor extends AdministrativeMonitor {
    /** How long after a save the list is recomputed, so that saves in quick succession share one scan. */
    static final Duration REFRESH_DELAY = Duration.ofSeconds(1);

    private final ExpiringCertificatesCache cache;

    public ExpiringCertificatesMonitor() {
        this(new ExpiringCertificatesCache(
                new SystemStoreScan(),
                command -> Timer.get().schedule(command, REFRESH_DELAY.toMillis(), TimeUnit.MILLISECONDS)));
    }

    ExpiringCertificatesMonitor(@NonNull ExpiringCertificatesCache cache) {
        this.cache = cache;
    }

    @Override
    public String getDisplayName() {
        return Messages.ExpiringCertificatesMonitor_DisplayName();
    }

    /** Whether the last scan found any; never scans. */
    @Override
    public boolean isActivated() {
        return !cache.current().isEmpty();
    }

    /** The certificates to renew, soonest first, as the last scan found them; never scans. */
    @NonNull
    public List<ExpiringCertificate> getExpiring() {
        return cache.current();
    }

    private static ExpiringCertificatesCache cache() {
        return ExtensionList.lookupSingleton(ExpiringCertificatesMonitor.class).cache;
    }

    /** Scans the system store soon after start-up and then every hour (a certificate enters the window by itself). */
    @Extension
    @Restricted(NoExternalUse.class)
    public static final class Refresh extends AsyncPeriodicWork {
        public Refresh() {
            super("Expiring Azure management certificates");
        }

        @Override
        public long getRecurrencePeriod() {
            return Duration.ofHours(1).toMillis();
        }

        @Override
        public long getInitialDelay() {
            return Duration.ofSeconds(10).toMillis();
        }

        @Override
        protected void execute(TaskListener listener) {
            cache().refresh();
        }
    }

    /**
     * Asks for a scan, on a timer thread, whenever the system store is saved. The credentials plugin has no listener
     * of store changes; every change to the system store (page, REST, configuration as code) ends in
     * {@link SystemCredentialsProvider#save()}, which notifies {@link SaveableListener}s.
     */
    @Extension
    @Restricted(NoExternalUse.class)
    public static final class SystemStoreListener extends SaveableListener {
        @Override
        public void onChange(Saveable o, XmlFile file) {
            if (o instanceof SystemCredentialsProvider) {
                cache().requestRefresh();
            }
        }
    }
}
