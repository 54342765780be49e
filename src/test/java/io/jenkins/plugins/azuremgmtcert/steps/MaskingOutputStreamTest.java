package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingOutputStreamTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MaskingOutputStream masking(String... secrets) {
        return new MaskingOutputStream(out, () -> List.of(secrets), "UTF-8");
    }

    private String shown() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void masksEveryOccurrenceOnALine() throws Exception {
        try (MaskingOutputStream stream = masking("s3cretPw")) {
            stream.write("a s3cretPw b s3cretPw\nclean\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a **** b ****\nclean\n", shown());
    }

    @Test
    void masksASecretWrittenInPiecesAndHoldsBackThePartialLine() throws Exception {
        MaskingOutputStream stream = masking("s3cretPw");
        stream.write("x s3c".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        assertEquals("", shown());
        stream.write('r');
        stream.write("etPw y".getBytes(StandardCharsets.UTF_8));
        stream.close();
        assertEquals("x **** y", shown());
    }

    @Test
    void masksTheLongerOfOverlappingSecretsWholly() throws Exception {
        try (MaskingOutputStream stream = masking("abc", "abcdef")) {
            stream.write("abcdef\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("****\n", shown());
    }

    @Test
    void leavesValuesShorterThanThreeCharactersAlone() throws Exception {
        try (MaskingOutputStream stream = masking("ab", "")) {
            stream.write("ab cd\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("ab cd\n", shown());
    }
}
