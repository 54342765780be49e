package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialFormFailureTest {

    @Test
    void answersTheCredentialsDialogInTheShapeItReads() {
        CredentialFormFailure failure = new CredentialFormFailure("Wrong \"password\" <b>\n", "certificateSource");

        assertEquals(
                "{\"status\":\"error\",\"message\":\"Wrong \\\"password\\\" \\u003cb\\u003e\\n\","
                        + "\"data\":{\"message\":\"Wrong \\\"password\\\" \\u003cb\\u003e\\n\","
                        + "\"notificationType\":\"ERROR\",\"field\":\"certificateSource\"}}",
                failure.json());
    }

    @Test
    void answersJsonOnlyToRequestsThatAcceptIt() {
        assertTrue(CredentialFormFailure.wantsJson("application/json"));
        assertTrue(CredentialFormFailure.wantsJson("text/html, application/json;q=0.9"));
        assertFalse(CredentialFormFailure.wantsJson("text/html"));
        assertFalse(CredentialFormFailure.wantsJson(null));
    }

    @Test
    void isCoresFormExceptionForTheSameField() {
        CredentialFormFailure failure = new CredentialFormFailure("Bad tenant", "tenantId");

        assertEquals("Bad tenant", failure.toFormException().getMessage());
        assertEquals("tenantId", failure.toFormException().getFormField());
    }
}
