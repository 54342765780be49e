package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The freestyle wrapper's masking and sensitive variables (set-up itself needs credential stores: JenkinsTest). */
class AzureCertificateBuildWrapperTest {

    private static Run<?, ?> build() {
        Run<?, ?> build = mock(Run.class);
        when(build.getCharset()).thenReturn(StandardCharsets.UTF_8);
        return build;
    }

    private static String through(ConsoleLogFilter filter, Run<?, ?> build, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream decorated = filter.decorateLogger(build, out)) {
            decorated.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filterMasksTheSecretsRegisteredForItsBuildOnly() throws Exception {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        Run<?, ?> mine = build();
        Run<?, ?> other = build();
        ConsoleLogFilter filter = wrapper.createLoggerDecorator(mine);
        try {
            FreestyleSecrets.put(mine, List.of("MineSecret1"));
            FreestyleSecrets.put(other, List.of("OtherSecret"));
            assertEquals("a **** OtherSecret\n", through(filter, mine, "a MineSecret1 OtherSecret\n"));
        } finally {
            FreestyleSecrets.remove(mine);
            FreestyleSecrets.remove(other);
        }
        assertEquals("MineSecret1\n", through(filter, mine, "MineSecret1\n"));
    }

    @Test
    void marksThePasswordVariableSensitiveUnderItsChosenName() {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        Set<String> sensitive = new HashSet<>();
        wrapper.makeSensitiveBuildVariables(null, sensitive);
        assertEquals(Set.of("AZURE_CERTIFICATE_PASSWORD"), sensitive);

        wrapper.setPasswordVariable("PFX_PW");
        sensitive.clear();
        wrapper.makeSensitiveBuildVariables(null, sensitive);
        assertEquals(Set.of("PFX_PW"), sensitive);
    }

    @Test
    void blankVariableNamesAreStoredAsDefaults() {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        wrapper.setPemVariable("  ");
        wrapper.setCerVariable(" MY_CER ");
        assertEquals(null, wrapper.getPemVariable());
        assertEquals("MY_CER", wrapper.getCerVariable());
    }
}
