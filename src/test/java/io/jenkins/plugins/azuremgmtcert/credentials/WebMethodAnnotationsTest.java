package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.ContextInPath;
import hudson.model.ModelObject;
import io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.verb.POST;

/**
 * The web methods of the plugin's descriptors: those that act or read a store (Test Connection, the {@code .cer}
 * download, the roll-over buttons, the Secret file list and check) take the credential store context first ({@code @ContextInPath ModelObject}, as credentials' own
 * {@code doCheckId}); the fills and checks, which only list fixed values or parse the form, take no context at all;
 * none takes {@code @AncestorInPath}; every one except the read-only download accepts POST only.
 */
class WebMethodAnnotationsTest {
    private static final List<Class<?>> DESCRIPTORS = List.of(
            AzureManagementCertificateCredentialsImpl.DescriptorImpl.class,
            UploadedCertificateSource.DescriptorImpl.class,
            PemCertificateSource.DescriptorImpl.class,
            PublishSettingsCertificateSource.DescriptorImpl.class,
            GeneratedCertificateSource.DescriptorImpl.class,
            StoredCertificateSource.DescriptorImpl.class,
            SecretFileCertificateSource.DescriptorImpl.class);
    private static final Set<String> STORE_METHODS = Set.of(
            "doTestConnection",
            "doDownloadCertificate",
            "doPromote",
            "doRollBack",
            "doRemovePrevious",
            "doFillSecretFileCredentialsIdItems",
            "doCheckSecretFileCredentialsId");

    @Test
    void storeMethodsTakeTheirContextOthersNoneAndAllButTheDownloadArePostOnly() {
        List<String> problems = new ArrayList<>();
        int webMethods = 0;
        for (Class<?> descriptor : DESCRIPTORS) {
            for (Method m : descriptor.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("do")) {
                    continue;
                }
                webMethods++;
                String name = descriptor.getName() + "." + m.getName();
                Parameter[] parameters = m.getParameters();
                boolean context = parameters.length > 0
                        && parameters[0].getType() == ModelObject.class
                        && parameters[0].isAnnotationPresent(ContextInPath.class);
                if (STORE_METHODS.contains(m.getName()) != context) {
                    problems.add(name
                            + (context
                                    ? " takes a context it has no use for"
                                    : " does not take @ContextInPath ModelObject first"));
                }
                if (Arrays.stream(parameters).anyMatch(p -> p.isAnnotationPresent(AncestorInPath.class))) {
                    problems.add(name + " takes an @AncestorInPath parameter");
                }
                if (!m.getName().equals("doDownloadCertificate") && !m.isAnnotationPresent(POST.class)) {
                    problems.add(name + " is not @POST");
                }
            }
        }
        assertFalse(webMethods < 10, "found only " + webMethods + " web methods");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
