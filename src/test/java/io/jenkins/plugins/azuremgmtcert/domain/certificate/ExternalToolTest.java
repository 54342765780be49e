package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A machine without the tool (a Windows agent without OpenSSL) skips the interoperability tests, with the reason. */
class ExternalToolTest {

    @Test
    void aMissingToolSkipsTheTestSayingWhy(@TempDir Path dir) {
        TestAbortedException skipped = assertThrows(
                TestAbortedException.class, () -> ExternalTool.run(dir, Map.of(), "no-such-tool-4a7d", "version"));
        assertTrue(skipped.getMessage().contains("no-such-tool-4a7d is not installed here"), skipped.getMessage());
    }
}
