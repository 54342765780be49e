package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.console.ConsoleLogFilter;
import hudson.model.AbstractBuild;
import hudson.model.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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

    /** Pipeline's wrap step: set-up first, then the filter, which decorates without a build (issue 9.8). */
    @Test
    void underPipelinesWrapTheFilterMasksWithoutABuildAndAfterBeingSaved() throws Exception {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        Run<?, ?> pipelineRun = build();
        try {
            wrapper.remember(pipelineRun, List.of("BlockSecret1"));
            ConsoleLogFilter filter = wrapper.createLoggerDecorator(pipelineRun);

            assertEquals("a ****\n", through(filter, null, "a BlockSecret1\n"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(filter);
            }
            ConsoleLogFilter restored;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                restored = (ConsoleLogFilter) in.readObject();
            }
            assertEquals("b ****\n", through(restored, null, "b BlockSecret1\n"));
        } finally {
            FreestyleSecrets.remove(pipelineRun);
        }
    }

    /** A freestyle job's wrapper is shared by its builds: one build's secrets never reach another build's filter. */
    @Test
    void aFreestyleWrapperKeepsNoBuildsSecretsOnItself() throws Exception {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        AbstractBuild<?, ?> first = mock(AbstractBuild.class);
        when(first.getCharset()).thenReturn(StandardCharsets.UTF_8);
        AbstractBuild<?, ?> second = mock(AbstractBuild.class);
        when(second.getCharset()).thenReturn(StandardCharsets.UTF_8);
        try {
            wrapper.remember(first, List.of("FirstSecret"));
            ConsoleLogFilter secondsFilter = wrapper.createLoggerDecorator(second);
            assertEquals("FirstSecret\n", through(secondsFilter, second, "FirstSecret\n"));
            assertEquals("****\n", through(wrapper.createLoggerDecorator(first), first, "FirstSecret\n"));
        } finally {
            FreestyleSecrets.remove(first);
        }
    }

    @Test
    void marksThePasswordVariableSensitiveUnderItsChosenName() {
        AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
        Set<String> sensitive = new HashSet<>();
        wrapper.makeSensitiveBuildVariables(null, sensitive);
        assertEquals(Set.of("AZURE_CERTIFICATE_PASSWORD", "ARM_CLIENT_CERTIFICATE_PASSWORD"), sensitive);

        wrapper.setPasswordVariable("PFX_PW");
        wrapper.setArmClientCertificatePasswordVariable("TF_PW");
        sensitive.clear();
        wrapper.makeSensitiveBuildVariables(null, sensitive);
        assertEquals(Set.of("PFX_PW", "TF_PW"), sensitive);
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
