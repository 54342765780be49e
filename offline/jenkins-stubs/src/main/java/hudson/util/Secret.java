package hudson.util;

import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * API stub of {@code hudson.util.Secret} (jenkins-core). Like the real class it keeps the plain text only in memory and
 * serialises (XStream) as {@code {base64 of the encrypted value}}, encrypted with a key that lives as long as the JVM.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final SecretKey KEY = newKey();

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    @Override
    @Deprecated
    public String toString() {
        return value;
    }

    @NonNull
    public String getPlainText() {
        return value;
    }

    @Override
    public boolean equals(Object that) {
        return that instanceof Secret other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    public String getEncryptedValue() {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] all = Arrays.copyOf(iv, iv.length + encrypted.length);
            System.arraycopy(encrypted, 0, all, iv.length, encrypted.length);
            return "{" + Base64.getEncoder().encodeToString(all) + "}";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @CheckForNull
    public static Secret decrypt(@CheckForNull String data) {
        if (data == null || !data.startsWith("{") || !data.endsWith("}")) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(data.substring(1, data.length() - 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(128, all, 0, 12));
            return new Secret(new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    @NonNull
    public static Secret fromString(@CheckForNull String data) {
        String text = data == null ? "" : data;
        Secret s = decrypt(text);
        return s == null ? new Secret(text) : s;
    }

    @NonNull
    public static String toString(@CheckForNull Secret s) {
        return s == null ? "" : s.value;
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(128);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** API stub of {@code Secret.ConverterImpl}: writes the encrypted value, as the real one does. */
    public static final class ConverterImpl implements Converter {
        public ConverterImpl() {}

        @Override
        public boolean canConvert(Class type) {
            return type == Secret.class;
        }

        @Override
        public void marshal(Object source, HierarchicalStreamWriter writer, MarshallingContext context) {
            writer.setValue(((Secret) source).getEncryptedValue());
        }

        @Override
        public Object unmarshal(HierarchicalStreamReader reader, final UnmarshallingContext context) {
            return fromString(reader.getValue());
        }
    }
}
