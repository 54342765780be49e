package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.verb.POST;

/**
 * Every web method of the plugin's descriptors takes the item whose permission it checks ({@code @AncestorInPath
 * Item} first), and every one except the read-only {@code .cer} download accepts POST only.
 */
class WebMethodAnnotationsTest {
    private static final List<Class<?>> DESCRIPTORS = List.of(
            AzureManagementCertificateCredentialsImpl.DescriptorImpl.class,
            UploadedCertificateSource.DescriptorImpl.class,
            PemCertificateSource.DescriptorImpl.class,
            PublishSettingsCertificateSource.DescriptorImpl.class,
            GeneratedCertificateSource.DescriptorImpl.class,
            StoredCertificateSource.DescriptorImpl.class);

    @Test
    void everyWebMethodTakesItsContextAndActsOnPostOnly() {
        List<String> problems = new ArrayList<>();
        int webMethods = 0;
        for (Class<?> descriptor : DESCRIPTORS) {
            for (Method m : descriptor.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || !m.getName().startsWith("do")) {
                    continue;
                }
                webMethods++;
                String name = descriptor.getName() + "." + m.getName();
                boolean context = m.getParameterCount() > 0
                        && m.getParameterTypes()[0] == Item.class
                        && m.getParameters()[0].isAnnotationPresent(AncestorInPath.class);
                if (!context) {
                    problems.add(name + " does not take @AncestorInPath Item first");
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
