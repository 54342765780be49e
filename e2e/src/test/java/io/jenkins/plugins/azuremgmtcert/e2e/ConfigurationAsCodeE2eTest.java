package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project's own {@code docs/jcasc-example.yaml}, applied to the real Jenkins through the configuration-as-code
 * plugin's Apply action ({@code configuration-as-code/replace} with a path) with the secret files it names made by
 * openssl and its password variable resolved by configuration as code's own secret source; then its export and the
 * re-application of that export.
 *
 * <p>Configuration as code replaces the whole credentials of the system store; only the {@code credentials:} part of
 * an export is re-applied here, since this Jenkins is shared with the other classes (the rest of an export includes
 * the security realm).
 */
@ExtendWith(E2e.class)
class ConfigurationAsCodeE2eTest {
    static final Path EXAMPLE = Path.of(System.getProperty("project.root", "../.."), "docs/jcasc-example.yaml");
    static final String SECRETS = "/run/secrets/";
    static final String PASSWORD_VARIABLE = "AZURE_MANAGEMENT_PFX_PASSWORD";
    static final List<String> IDS = List.of(
            "azure-asm-production",
            "azure-arm-production",
            "azure-stack-hub",
            "azure-asm-from-publishsettings",
            "azure-asm-from-secret-file");
    /** The example's Secret file credential, which one of its credentials refers to. */
    static final String SECRET_FILE = "azure-management-pfx";

    static final String EXAMPLE_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
    static final String CHINA_SERVICE_MANAGEMENT = "https://management.core.chinacloudapi.cn/";

    private E2e e2e;

    /** What the example's secret files hold, and what openssl says they are. */
    record Secrets(
            Path dir,
            TestCertificate management,
            TestCertificate stackHub,
            TestCertificate publishSettings,
            String publishSettingsSubscription,
            String password,
            List<String> secretTexts) {}

    @Test
    void exampleAppliesWithItsSecretFilesAndGivesWorkingCredentials(E2e e2e) throws Exception {
        this.e2e = e2e;
        Secrets secrets = secrets(e2e);
        Path example = example(secrets);
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go("manage/configuration-as-code/");
            browser.click(browser.waitForClickable(By.id("btn-open-apply-configuration")));
            WebElement path = browser.waitFor(By.name("_.newSource"));
            path.clear();
            path.sendKeys(example.toString());
            browser.click(browser.waitForClickable(By.cssSelector("dialog button[name='replace']")));
            // back on the page, which names the applied file
            browser.waitForText(By.tagName("body"), "Last time applied");
            browser.waitForText(By.cssSelector("ul.jenkins-instructions"), example.toString());
        }

        Map<String, Saved> saved = saved(e2e);
        assertEquals(Set.copyOf(IDS), saved.keySet(), () -> "credentials after applying the example: " + saved);
        expectExampleCredentials(saved, secrets);
        assertEquals(IDS.size() + 1, total(e2e), "configuration as code replaces the system store's credentials");
    }

    @Test
    void generatedSourceIsRefusedAsTheExampleSays(E2e e2e) throws Exception {
        this.e2e = e2e;
        int before = total(e2e);
        String id = e2e.unique("casc-generated");
        Path yaml = Files.createTempFile(e2e.work(), "generated-", ".yaml");
        Files.writeString(yaml, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              id: "%s"
                              subscriptionId: "%s"
                              certificateSource:
                                generated:
                                  keySize: 2048
                """.formatted(id, UUID.randomUUID()));
        // the configuration-as-code page refuses it, without saying why (its generic message; the reason is not logged)
        HttpResponse<String> response =
                e2e.admin().postForm("configuration-as-code/replace", Map.of("_.newSource", yaml.toString()));
        assertTrue(
                response.body().contains("Provided sources could not be applied"),
                () -> response.statusCode() + ": " + response.headers().map());
        // the reason, as configuring from a file (e.g. at start-up) reports it
        String reason = e2e.admin().script("""
                try {
                  io.jenkins.plugins.casc.ConfigurationAsCode.get().configure('%s')
                  println 'APPLIED'
                } catch (e) {
                  def root = e
                  while (root.cause != null) { root = root.cause }
                  println 'REFUSED: ' + root.message
                }
                """.formatted(yaml));
        assertTrue(
                reason.contains("REFUSED: A new certificate is generated only when the credential form is saved"),
                reason);
        assertEquals(before, total(e2e), "the store changed although the configuration was refused");
        String out = e2e.admin().script("""
                println 'FOUND=' + com.cloudbees.plugins.credentials.SystemCredentialsProvider.instance
                    .domainCredentialsMap.values().flatten().any { it.id == '%s' }
                """.formatted(id));
        assertTrue(out.contains("FOUND=false"), out);
    }

    @Test
    void exportHasNoSecretInClearAndReappliesToTheSameCredentials(E2e e2e) throws Exception {
        this.e2e = e2e;
        Secrets secrets = secrets(e2e);
        apply(e2e, example(secrets));
        Map<String, Saved> applied = saved(e2e);
        int total = total(e2e);

        HttpResponse<String> response = e2e.admin().postForm("configuration-as-code/export", Map.of());
        assertEquals(200, response.statusCode(), response::body);
        String exported = response.body();
        Files.writeString(secrets.dir().resolve("export.yaml"), exported); // in target/, for a failing run
        for (String id : IDS) {
            assertTrue(exported.contains("id: \"" + id + "\""), () -> id + " not exported:\n" + exported);
        }
        assertNoSecretInClear(exported, secrets);
        String credentials = section(exported, "credentials");
        Matcher sources =
                Pattern.compile("certificateSource:\\s*\\n\\s*(\\w+):").matcher(credentials);
        List<String> kinds = new java.util.ArrayList<>();
        while (sources.find()) {
            kinds.add(sources.group(1));
        }
        // each credential with its own keystore; the one that refers to the Secret file, with that reference
        assertEquals(IDS.size() - 1, java.util.Collections.frequency(kinds, "stored"), credentials);
        assertEquals(1, java.util.Collections.frequency(kinds, "secretFile"), credentials);
        assertEquals(IDS.size(), kinds.size(), credentials);
        assertTrue(credentials.contains("secretFileCredentialsId: \"" + SECRET_FILE + "\""), credentials);
        assertEquals(1, count("secretFilePassword: \"\\{AQAA[^\"]+}\"", credentials), "its password encrypted");
        assertEquals(
                IDS.size() - 1,
                count("storedPassword: \"\\{AQAA[^\"]+}\"", credentials),
                "passwords exported encrypted");
        assertEquals(
                IDS.size() - 1, count("storedKeyStore: \"\\{[^\"]+}\"", credentials), "keystores exported encrypted");
        assertTrue(credentials.contains("customAuthorityHost: \"https://login.microsoftonline.com\""), credentials);
        assertTrue(
                credentials.contains("customResourceManagerUrl: \"https://management.local.azurestack.external\""),
                credentials);

        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go("manage/configuration-as-code/");
            browser.click(browser.waitForClickable(By.name("viewExport")));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.urlContains("viewExport"));
            String page = browser.waitForText(By.cssSelector("pre code"), "azureManagementCertificate");
            assertNoSecretInClear(page, secrets);
            // the Azure Stack Hub credential's fields, below its (encrypted) keystore
            Object found = browser.script("""
                    const code = document.querySelector('pre code');
                    const at = code.textContent.indexOf('id: "azure-stack-hub"');
                    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
                    let node, pos = 0;
                    while (at >= 0 && (node = walker.nextNode())) {
                      const length = node.textContent.length;
                      if (pos + length > at) {
                        const range = document.createRange();
                        range.setStart(node, at - pos);
                        range.setEnd(node, Math.min(length, at - pos + 2));
                        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight * 0.6);
                        return true;
                      }
                      pos += length;
                    }
                    return false;
                    """);
            assertEquals(Boolean.TRUE, found, "the export page does not show the azure-stack-hub credential");
            browser.screenshot("jcasc-export");
        }

        // re-applying the export as it is changes nothing
        Path again = secrets.dir().resolve("exported-credentials.yaml");
        Files.writeString(again, credentials);
        apply(e2e, again);
        expectSame(applied, saved(e2e));
        assertEquals(total, total(e2e), "credentials duplicated or lost");

        // and it brings the credentials back once they are gone
        delete(e2e, IDS);
        assertTrue(saved(e2e).isEmpty());
        apply(e2e, again);
        expectSame(applied, saved(e2e));
        assertEquals(total, total(e2e), "credentials duplicated or lost");
    }

    @AfterEach
    void forgetTheAppliedFile() throws Exception {
        if (e2e == null) {
            return;
        }
        // Apply remembers the path, and a restart (another class may restart) would apply it again.
        String out = e2e.admin().script("""
                def config = jenkins.model.GlobalConfiguration.all().get(io.jenkins.plugins.casc.CasCGlobalConfig)
                config.configurationPath = null
                config.save()
                System.clearProperty('%s')
                println 'forgotten'
                """.formatted(PASSWORD_VARIABLE));
        assertTrue(out.contains("forgotten"), out);
    }

    private static void expectExampleCredentials(Map<String, Saved> saved, Secrets secrets) throws Exception {
        String management = secrets.management().thumbprint();
        Saved production = saved.get("azure-asm-production");
        assertEquals("Production subscription (Service Management)", production.description());
        assertEquals(EXAMPLE_SUBSCRIPTION, production.subscriptionId());
        assertEquals("AZURE_PUBLIC", production.cloud());
        assertEquals("GLOBAL", production.scope());
        assertEquals("null", production.tenantId());
        assertEquals(management, production.thumbprint());

        Saved arm = saved.get("azure-arm-production");
        assertEquals(EXAMPLE_SUBSCRIPTION, arm.subscriptionId());
        assertEquals("contoso.onmicrosoft.com", arm.tenantId());
        assertEquals("11111111-2222-3333-4444-555555555555", arm.applicationId());
        assertEquals("null", arm.customAuthorityHost());
        assertEquals(management, arm.thumbprint(), "the PEM of the same certificate");

        Saved stack = saved.get("azure-stack-hub");
        assertEquals("contoso.onmicrosoft.com", stack.tenantId());
        assertEquals("11111111-2222-3333-4444-555555555555", stack.applicationId());
        assertEquals("https://login.microsoftonline.com", stack.customAuthorityHost());
        assertEquals("https://management.local.azurestack.external", stack.customResourceManagerUrl());
        assertEquals(secrets.stackHub().thumbprint(), stack.thumbprint());

        Saved imported = saved.get("azure-asm-from-publishsettings");
        assertEquals(secrets.publishSettingsSubscription(), imported.subscriptionId(), "the file's subscription");
        assertEquals("AZURE_CHINA", imported.cloud(), "the file's cloud");
        assertEquals(secrets.publishSettings().thumbprint(), imported.thumbprint());

        Saved fromSecretFile = saved.get("azure-asm-from-secret-file");
        assertEquals(EXAMPLE_SUBSCRIPTION, fromSecretFile.subscriptionId());
        assertEquals(management, fromSecretFile.thumbprint(), "the certificate of the Secret file it refers to");

        for (Saved s : saved.values()) {
            assertEquals(s.thumbprint(), s.keyStoreThumbprint(), () -> s.id() + ": keystore and credential differ");
            assertEquals("true", s.keySigns(), () -> s.id() + ": the stored key does not match the certificate");
        }
    }

    private static void expectSame(Map<String, Saved> before, Map<String, Saved> after) {
        assertEquals(before.keySet(), after.keySet());
        for (String id : before.keySet()) {
            assertEquals(before.get(id), after.get(id), id);
        }
    }

    private static void assertNoSecretInClear(String text, Secrets secrets) {
        assertFalse(text.contains("PRIVATE KEY"), "a PEM key in clear");
        assertFalse(text.contains("-----BEGIN"), "PEM in clear");
        assertFalse(text.contains(secrets.password()), "the .pfx password in clear");
        for (String secret : secrets.secretTexts()) {
            assertFalse(text.contains(secret), "a secret file's content in clear");
        }
    }

    /** The example with its secret files in a folder of this test and its password variable set for Jenkins. */
    private static Path example(Secrets secrets) throws Exception {
        String yaml = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        // the example's references (outside comments), so a change of the example shows up here
        String values = yaml.lines()
                .filter(l -> !l.strip().startsWith("#"))
                .map(l -> l.replaceAll("\\s+#.*$", ""))
                .collect(Collectors.joining("\n"));
        Set<String> files = new TreeSet<>();
        Matcher file = Pattern.compile("\\$\\{readFile(?:Base64)?:" + Pattern.quote(SECRETS) + "([^}]+)}")
                .matcher(values);
        while (file.find()) {
            files.add(file.group(1));
        }
        assertEquals(
                new TreeSet<>(List.of(
                        "azure-management.pfx",
                        "azure-management.pem",
                        "azure-stack-hub.pem",
                        "subscription.publishsettings")),
                files);
        Set<String> variables = new TreeSet<>();
        Matcher variable = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}").matcher(values);
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        assertEquals(Set.of(PASSWORD_VARIABLE), variables);

        Path applied = secrets.dir().resolve("jcasc-example.yaml");
        Files.writeString(applied, yaml.replace(SECRETS, secrets.dir() + "/"));
        return applied;
    }

    /** The secret files the example reads, made by openssl, and the password in Jenkins' system properties. */
    private static Secrets secrets(E2e e2e) throws Exception {
        Path dir = Files.createTempDirectory(e2e.work(), "casc-secrets-");
        TestCertificate management = TestCertificate.selfSigned(dir, "azure-management", 730);
        TestCertificate stackHub = TestCertificate.selfSigned(dir, "azure-stack-hub", 730);
        TestCertificate portal = TestCertificate.selfSigned(dir, "portal", 365);
        String password = "pfx-" + UUID.randomUUID();
        byte[] pfx = management.pfx(password);
        Files.write(dir.resolve("azure-management.pfx"), pfx);
        Files.writeString(dir.resolve("azure-management.pem"), management.pem());
        Files.writeString(dir.resolve("azure-stack-hub.pem"), stackHub.pem());
        String subscription = UUID.randomUUID().toString();
        String portalPfx = portal.pfxBase64("");
        String publishSettings = """
                <?xml version="1.0" encoding="utf-8"?>
                <PublishData>
                  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">
                    <Subscription ServiceManagementUrl="%s" Id="%s" Name="China subscription"
                      ManagementCertificate="%s" />
                  </PublishProfile>
                </PublishData>
                """.formatted(CHINA_SERVICE_MANAGEMENT, subscription, portalPfx);
        Files.writeString(dir.resolve("subscription.publishsettings"), publishSettings);

        String out = e2e.admin()
                .script("System.setProperty('%s', '%s')\nprintln 'set'".formatted(PASSWORD_VARIABLE, password));
        assertTrue(out.contains("set"), out);

        List<String> secretTexts = List.of(
                Base64.getEncoder().encodeToString(pfx).substring(0, 64),
                portalPfx.substring(0, 64),
                keyLine(management),
                keyLine(stackHub),
                keyLine(portal));
        return new Secrets(dir, management, stackHub, portal, subscription, password, secretTexts);
    }

    /** A line of the private key's Base64, which must never appear anywhere. */
    private static String keyLine(TestCertificate certificate) throws Exception {
        return Files.readAllLines(certificate.key()).get(3);
    }

    /** Applies a YAML file as an administrator does on the configuration-as-code page (Apply, path). */
    static void apply(E2e e2e, Path yaml) throws Exception {
        HttpResponse<String> response =
                e2e.admin().postForm("configuration-as-code/replace", Map.of("_.newSource", yaml.toString()));
        assertEquals(
                302,
                response.statusCode(),
                () -> "apply answered " + response.statusCode() + ": " + response.body() + "\n"
                        + e2e.jenkins().logTail(40));
        String location = response.headers().firstValue("Location").orElse("");
        assertFalse(location.contains("error"), location);
    }

    private static int count(String regex, String text) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    /** The top-level key's part of a YAML document, with the key. */
    static String section(String yaml, String key) {
        StringBuilder part = new StringBuilder();
        boolean in = false;
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                in = line.startsWith(key + ":");
            }
            if (in) {
                part.append(line).append('\n');
            }
        }
        assertFalse(part.isEmpty(), () -> "no " + key + ": in\n" + yaml);
        return part.toString();
    }

    /** One saved credential of this plugin as the controller holds it (script console). */
    record Saved(
            String id,
            String scope,
            String description,
            String subscriptionId,
            String cloud,
            String tenantId,
            String applicationId,
            String customAuthorityHost,
            String customResourceManagerUrl,
            String customServiceManagementUrl,
            String thumbprint,
            String keyStoreThumbprint,
            String keySigns) {}

    /**
     * The example's credentials in the system store: fields, thumbprint, the keystore's certificate thumbprint and
     * whether its key signs what the certificate's public key verifies. Fails if an ID is there twice.
     */
    static Map<String, Saved> saved(E2e e2e) throws Exception {
        String ids = IDS.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        String out = e2e.admin().script("""
                import com.cloudbees.plugins.credentials.SystemCredentialsProvider
                import java.security.MessageDigest
                import java.security.Signature
                def ids = [%s] as Set
                def all = SystemCredentialsProvider.instance.domainCredentialsMap.values().flatten()
                all.findAll { ids.contains(it.id) }.each { c ->
                  def ks = c.keyStore
                  def alias = ks.aliases().toList().find { ks.isKeyEntry(it) }
                  def signs = false
                  def keyStoreThumbprint = ''
                  if (alias != null) {
                    def cert = ks.getCertificate(alias)
                    keyStoreThumbprint = MessageDigest.getInstance('SHA-1').digest(cert.encoded)
                        .encodeHex().toString().toUpperCase()
                    def key = ks.getKey(alias, c.password.plainText.toCharArray())
                    def s = Signature.getInstance('SHA256withRSA'); s.initSign(key); s.update('e2e'.bytes)
                    def signature = s.sign()
                    def v = Signature.getInstance('SHA256withRSA'); v.initVerify(cert.publicKey); v.update('e2e'.bytes)
                    signs = v.verify(signature)
                  }
                  println 'CRED|' + [c.id, c.scope, c.description, c.subscriptionId, c.cloud, c.tenantId,
                      c.applicationId, c.customAuthorityHost, c.customResourceManagerUrl,
                      c.customServiceManagementUrl, c.thumbprint, keyStoreThumbprint, signs].join('|')
                }
                println 'DONE'
                """.formatted(ids));
        assertTrue(out.contains("DONE"), out);
        Map<String, Saved> saved = new LinkedHashMap<>();
        for (String line : out.lines().filter(l -> l.startsWith("CRED|")).toList()) {
            String[] f = line.split("\\|", -1);
            Saved s = new Saved(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13]);
            assertTrue(saved.put(s.id(), s) == null, () -> s.id() + " is saved twice: " + out);
        }
        return saved;
    }

    /** How many credentials the system store holds in all its domains. */
    static int total(E2e e2e) throws Exception {
        String out = e2e.admin().script("""
                def all = com.cloudbees.plugins.credentials.SystemCredentialsProvider.instance.domainCredentialsMap
                println 'TOTAL=' + all.values().flatten().size()
                """);
        Matcher m = Pattern.compile("TOTAL=(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        return Integer.parseInt(m.group(1));
    }

    static void delete(E2e e2e, List<String> ids) throws Exception {
        String list = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        String out = e2e.admin().script("""
                import com.cloudbees.plugins.credentials.SystemCredentialsProvider
                import com.cloudbees.plugins.credentials.domains.Domain
                def store = SystemCredentialsProvider.instance.store
                def ids = [%s] as Set
                store.domains.each { d ->
                  store.getCredentials(d).findAll { ids.contains(it.id) }.each { store.removeCredentials(d, it) }
                }
                println 'deleted'
                """.formatted(list));
        assertTrue(out.contains("deleted"), out);
    }
}
