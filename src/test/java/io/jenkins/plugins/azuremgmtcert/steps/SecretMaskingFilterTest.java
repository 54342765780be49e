package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingFilterTest {

    @Test
    void masksWithTheNullBuildPipelinePasses() throws Exception {
        SecretMaskingFilter filter = new SecretMaskingFilter(List.of("Pw123456"), "UTF-8");
        assertEquals("x=****\n", WithAzureCertStepExecutionTest.throughFilter(filter, "x=Pw123456\n"));
    }

    @Test
    void stillMasksAfterPipelineSerialisesIt() throws Exception {
        SecretMaskingFilter filter = new SecretMaskingFilter(List.of("Pw123456"), "UTF-8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(filter);
        }
        SecretMaskingFilter copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SecretMaskingFilter) in.readObject();
        }
        assertEquals("****\n", WithAzureCertStepExecutionTest.throughFilter(copy, "Pw123456\n"));
    }
}
