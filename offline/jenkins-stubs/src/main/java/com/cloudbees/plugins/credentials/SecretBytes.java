package com.cloudbees.plugins.credentials;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.SecretBytes} (credentials plugin). It holds only the encrypted
 * form (here: a {@link Secret} of the Base64 text, encrypted with the stub's per-JVM key) and, like the real class,
 * serialises as {@code {base64}}, so nothing plain reaches XML.
 */
public class SecretBytes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    private SecretBytes(String encrypted) {
        this.value = encrypted;
    }

    @NonNull
    public byte[] getPlainData() {
        Secret s = Secret.decrypt(value);
        return s == null ? new byte[0] : Base64.getDecoder().decode(s.getPlainText());
    }

    @NonNull
    public byte[] getEncryptedData() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretBytes other && Arrays.equals(other.getPlainData(), getPlainData());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(getPlainData());
    }

    @NonNull
    public static byte[] getPlainData(@CheckForNull SecretBytes s) {
        return s == null ? new byte[0] : s.getPlainData();
    }

    public static SecretBytes fromRawBytes(byte[] data) {
        return new SecretBytes(
                Secret.fromString(Base64.getEncoder().encodeToString(data)).getEncryptedValue());
    }

    @NonNull
    public static SecretBytes fromString(String data) {
        if (data != null && Secret.decrypt(data) != null) {
            return new SecretBytes(data);
        }
        try {
            return fromRawBytes(Base64.getDecoder().decode(data == null ? "" : data.trim()));
        } catch (IllegalArgumentException e) {
            return fromRawBytes(new byte[0]);
        }
    }

    @Override
    public String toString() {
        return value;
    }

    public static String toString(SecretBytes s) {
        return s == null ? "" : s.toString();
    }

    /** API stub of {@code SecretBytes.ConverterImpl}: writes the encrypted form, as the real one does. */
    public static final class ConverterImpl implements Converter {
        @Override
        public boolean canConvert(Class type) {
            return type == SecretBytes.class;
        }

        @Override
        public void marshal(Object source, HierarchicalStreamWriter writer, MarshallingContext context) {
            writer.setValue(source.toString());
        }

        @Override
        public Object unmarshal(HierarchicalStreamReader reader, final UnmarshallingContext context) {
            return fromString(reader.getValue());
        }
    }
}
