package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated and damaged {@code .publishsettings} files (fixed seeds) either parse and load or end in a
 * {@link PublishSettingsException}, never in another exception. Damage favours the characters that change XML
 * structure, so the reader's handling of odd documents is exercised, not only the embedded certificate's.
 */
class PublishSettingsFuzzTest {

    private static final String ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final byte[] STRUCTURAL = "<>&\"'=/ \n:;#%x-".getBytes(StandardCharsets.US_ASCII);
    private static final int MUTATIONS = 80;
    private static final int TRUNCATIONS = 20;

    static final PortalCertificateFixture portal = PortalCertificateFixture.shared();

    @Test
    void damagedSchema1FilesNeverEscapeAsAnotherException() {
        String xml = portal.schema1("https://management.core.windows.net/", ID, "Production");
        assertTrue(fuzz(xml.getBytes(StandardCharsets.UTF_8), 11) > 0, "some damage must be refused");
    }

    @Test
    void damagedSchema2FilesNeverEscapeAsAnotherException() {
        String xml = portal.schema2(ID, "Production", "https://management.core.chinacloudapi.cn");
        assertTrue(fuzz(xml.getBytes(StandardCharsets.UTF_8), 12) > 0, "some damage must be refused");
    }

    /** Returns how many damaged inputs were refused with a {@link PublishSettingsException}. */
    private static int fuzz(byte[] original, long seed) {
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 1; i <= TRUNCATIONS; i++) {
            refused += attempt("truncated " + i, Arrays.copyOf(original, original.length * i / (TRUNCATIONS + 1)));
        }
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = original.clone();
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                mutated[random.nextInt(mutated.length)] = random.nextBoolean()
                        ? STRUCTURAL[random.nextInt(STRUCTURAL.length)]
                        : (byte) random.nextInt(256);
            }
            refused += attempt("mutation " + i, mutated);
        }
        return refused;
    }

    private static int attempt(String label, byte[] input) {
        try {
            for (PublishSettingsSubscription subscription :
                    PublishSettingsFile.parse(input).subscriptions()) {
                subscription.loadCertificate();
            }
            return 0;
        } catch (PublishSettingsException expected) {
            return 1;
        } catch (RuntimeException e) {
            return fail(label + " escaped as " + e, e);
        }
    }
}
