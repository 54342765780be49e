package io.jenkins.plugins.azuremgmtcert.e2e;

import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The end-to-end environment, set up once for the whole suite ({@code @ExtendWith(E2e.class)}, then an {@code E2e}
 * parameter): the Azure simulators on loopback, a trust store of their CAs (the controller's only way to trust them),
 * and the real Jenkins with the plugin, security on (Jenkins' own user database, matrix authorisation with
 * {@value #ADMIN} as the only administrator). Stopped when the last test has run. Where no real Jenkins bundle is
 * given ({@code E2E_BUNDLE}, passed as the system property {@code e2e.bundle}) every test is skipped with one line
 * that says so.
 */
public final class E2e implements BeforeAllCallback, ParameterResolver, AutoCloseable {
    static final String ADMIN = "admin";
    static final String PUBLIC_SERVICE_MANAGEMENT_HOST = "management.core.windows.net";
    private static final String TRUST_PASSWORD = "changeit";
    private static final Object LOCK = new Object();
    private static volatile E2e instance;
    private static volatile String unavailable;

    private final Path work;
    private final Path screenshots;
    private final ServiceManagementSimulator serviceManagement;
    private final ServiceManagementSimulator publicCloud;
    private final EntraSimulator entra;
    private final RealJenkins jenkins;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger names = new AtomicInteger();

    /** For JUnit: the extension instance that hands out the shared environment. */
    public E2e() {
        this.work = null;
        this.screenshots = null;
        this.serviceManagement = null;
        this.publicCloud = null;
        this.entra = null;
        this.jenkins = null;
    }

    private E2e(Path bundle, Path hpi, Path work, Path screenshots) throws Exception {
        this.work = work;
        this.screenshots = screenshots;
        this.serviceManagement = ServiceManagementSimulator.builder().build();
        this.publicCloud = publicCloudOnPort443();
        this.entra = EntraSimulator.start();
        Path trust = writeTrustStore(work.resolve("simulators-trust.p12"));
        List<String> options = new java.util.ArrayList<>(List.of(
                "-Djavax.net.ssl.trustStore=" + trust,
                "-Djavax.net.ssl.trustStorePassword=" + TRUST_PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12"));
        if (publicCloud != null) {
            // the controller resolves Azure's public Service Management host to the simulator on 127.0.0.1:443
            Path hosts = work.resolve("hosts");
            Files.writeString(hosts, "127.0.0.1 localhost " + PUBLIC_SERVICE_MANAGEMENT_HOST + "\n::1 localhost\n");
            options.add("-Djdk.net.hosts.file=" + hosts);
            // and reaches it directly: the bundle points the JVM's proxy at a dead port for everything but loopback
            options.add("-Dhttp.nonProxyHosts=localhost|127.0.0.1|" + PUBLIC_SERVICE_MANAGEMENT_HOST);
        }
        this.jenkins = new RealJenkins(bundle, work.resolve("home"), hpi, options);
        jenkins.start();
        System.out.println("[e2e] Jenkins up at " + jenkins.url() + " in "
                + jenkins.lastStartup().toSeconds() + " s, home " + jenkins.home());
        secure();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == E2e.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return shared(context);
        } catch (Exception e) {
            throw new IllegalStateException("the end-to-end environment could not start", e);
        }
    }

    private static E2e shared(ExtensionContext context) throws Exception {
        synchronized (LOCK) {
            if (unavailable == null && instance == null) {
                String configured = System.getProperty("e2e.bundle", "").trim();
                Path bundle = configured.isEmpty() ? null : Path.of(configured);
                if (bundle == null || !Files.isExecutable(bundle.resolve("bin/start"))) {
                    unavailable = (bundle == null
                                    ? "no real Jenkins bundle given (set E2E_BUNDLE, see CONTRIBUTING.md)"
                                    : "no real Jenkins at "
                                            + bundle.toAbsolutePath().normalize())
                            + " (the root pom.xml's build runs the *JenkinsTest classes with JenkinsRule instead)";
                    System.out.println("[e2e] end-to-end tests SKIPPED: " + unavailable);
                } else {
                    String noBrowser = Browser.missing();
                    if (noBrowser != null) {
                        throw new IllegalStateException(noBrowser);
                    }
                    Path hpi = Path.of(System.getProperty("e2e.hpi"));
                    Path work = Path.of(System.getProperty("e2e.work", "target/e2e-work"))
                            .toAbsolutePath();
                    deleteRecursively(work);
                    Files.createDirectories(work);
                    E2e started = new E2e(
                            bundle, hpi, work, Path.of(System.getProperty("e2e.screenshots", work + "/screenshots")));
                    context.getRoot()
                            .getStore(ExtensionContext.Namespace.GLOBAL)
                            .put(E2e.class, started);
                    instance = started;
                }
            }
        }
        Assumptions.assumeTrue(unavailable == null, () -> "end-to-end tests skipped: " + unavailable);
        return instance;
    }

    /** Stops Jenkins and the simulators after the last test. */
    @Override
    public void close() throws Exception {
        try {
            jenkins.stop();
        } finally {
            serviceManagement.close();
            entra.close();
            if (publicCloud != null) {
                publicCloud.close();
            }
        }
    }

    /** Jenkins' own user database with {@value #ADMIN}, and project-based matrix authorisation. */
    private void secure() throws Exception {
        String password = newPassword(ADMIN);
        JenkinsClient anonymous = JenkinsClient.anonymous(jenkins.url());
        anonymous.script("""
                import hudson.security.HudsonPrivateSecurityRealm
                import hudson.security.ProjectMatrixAuthorizationStrategy
                import jenkins.model.Jenkins
                import org.jenkinsci.plugins.matrixauth.AuthorizationType
                import org.jenkinsci.plugins.matrixauth.PermissionEntry
                def j = Jenkins.get()
                def realm = new HudsonPrivateSecurityRealm(false, false, null)
                realm.createAccount('%s', '%s')
                j.securityRealm = realm
                def strategy = new ProjectMatrixAuthorizationStrategy()
                strategy.add(Jenkins.ADMINISTER, new PermissionEntry(AuthorizationType.USER, '%s'))
                j.authorizationStrategy = strategy
                j.save()
                println 'secured'
                """.formatted(ADMIN, password, ADMIN));
        tokens.put(ADMIN, generateToken(JenkinsClient.withPassword(jenkins.url(), ADMIN, password), ADMIN));
    }

    private String generateToken(JenkinsClient asUser, String user) throws Exception {
        String out = asUser.script("""
                import jenkins.security.ApiTokenProperty
                def u = hudson.model.User.getById('%s', true)
                def p = u.getProperty(ApiTokenProperty)
                if (p == null) { p = new ApiTokenProperty(); u.addProperty(p) }
                println 'TOKEN=' + p.tokenStore.generateNewToken('e2e').plainValue
                u.save()
                """.formatted(user));
        return out.lines()
                .filter(l -> l.startsWith("TOKEN="))
                .map(l -> l.substring("TOKEN=".length()).trim())
                .findFirst()
                .orElseThrow(() -> new IOException("no token for " + user + ": " + out));
    }

    /**
     * Creates a user of Jenkins' own database (no permissions until a test grants them) and returns its name; the
     * name is made unique with the given prefix.
     */
    String createUser(String prefix) throws Exception {
        String user = prefix + "-" + names.incrementAndGet();
        String password = newPassword(user);
        admin().script("""
                def realm = jenkins.model.Jenkins.get().securityRealm
                realm.createAccount('%s', '%s')
                println 'created'
                """.formatted(user, password));
        return user;
    }

    /** Grants permissions on the whole controller, e.g. {@code grant("alice", "hudson.model.Hudson.Read")}. */
    void grant(String user, String... permissionIds) throws Exception {
        StringBuilder groovy = new StringBuilder("""
                import hudson.security.Permission
                import org.jenkinsci.plugins.matrixauth.AuthorizationType
                import org.jenkinsci.plugins.matrixauth.PermissionEntry
                def j = jenkins.model.Jenkins.get()
                def s = j.authorizationStrategy
                """);
        for (String id : permissionIds) {
            groovy.append("s.add(Permission.fromId('")
                    .append(id)
                    .append("'), new PermissionEntry(AuthorizationType.USER, '")
                    .append(user)
                    .append("'))\n");
        }
        groovy.append("j.save()\nprintln 'granted'\n");
        String out = admin().script(groovy.toString());
        if (!out.contains("granted")) {
            throw new IOException("grant failed: " + out);
        }
    }

    /** A client as the administrator (API token: no crumb needed). */
    JenkinsClient admin() {
        return JenkinsClient.withToken(jenkins.url(), ADMIN, tokens.get(ADMIN));
    }

    /** A client as this user, with an API token made for it on first use. */
    JenkinsClient as(String user) throws Exception {
        String token = tokens.get(user);
        if (token == null) {
            token = generateToken(admin(), user);
            tokens.put(user, token);
        }
        return JenkinsClient.withToken(jenkins.url(), user, token);
    }

    String password(String user) {
        return passwords.get(user);
    }

    /** A new browser signed in as this user; close it after the test. */
    Browser browserAs(String user) throws IOException {
        Browser browser = Browser.open(jenkins.url(), screenshots, work);
        try {
            return browser.login(user, password(user));
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    RealJenkins jenkins() {
        return jenkins;
    }

    /**
     * The Service Management simulator at Azure's own public URL ({@code https://management.core.windows.net}, through a
     * hosts file of the controller's and port 443), so that a credential of the public cloud with no custom URL reaches
     * it; {@code null} where this process may not listen on port 443 (not root).
     */
    ServiceManagementSimulator publicCloud() {
        return publicCloud;
    }

    private static ServiceManagementSimulator publicCloudOnPort443() {
        try {
            return ServiceManagementSimulator.builder()
                    .port(443)
                    .serverCertificateNames(PUBLIC_SERVICE_MANAGEMENT_HOST)
                    .build();
        } catch (java.io.UncheckedIOException e) {
            System.out.println("[e2e] no simulator at " + PUBLIC_SERVICE_MANAGEMENT_HOST + ":443 (" + e.getCause()
                    + "): the tests of the public cloud's own URL are skipped");
            return null;
        }
    }

    ServiceManagementSimulator serviceManagement() {
        return serviceManagement;
    }

    EntraSimulator entra() {
        return entra;
    }

    Path work() {
        return work;
    }

    /** A name no other test uses, for jobs, credential IDs and folders. */
    String unique(String prefix) {
        return prefix + "-" + names.incrementAndGet();
    }

    /**
     * Restarts the controller (same home and port) as an administrator's restart does: Jenkins' own shutdown first
     * (running Pipelines are saved), then a new start; waits until it answers again.
     */
    void restart() throws Exception {
        jenkins.exitCleanly(admin());
        jenkins.restart();
        System.out.println("[e2e] Jenkins restarted in " + jenkins.lastStartup().toSeconds() + " s");
    }

    private String newPassword(String user) {
        String password = "pw-" + java.util.UUID.randomUUID();
        passwords.put(user, password);
        return password;
    }

    private Path writeTrustStore(Path file) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        int i = 0;
        List<KeyStore> sources = new java.util.ArrayList<>(List.of(serviceManagement.trustStore(), entra.trustStore()));
        if (publicCloud != null) {
            sources.add(publicCloud.trustStore());
        }
        for (KeyStore source : sources) {
            for (String alias : Collections.list(source.aliases())) {
                Certificate certificate = source.getCertificate(alias);
                trust.setCertificateEntry("simulator-" + i++, certificate);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, TRUST_PASSWORD.toCharArray());
        }
        return file;
    }

    static Duration minutes(int n) {
        return Duration.ofMinutes(n);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
