package io.jenkins.plugins.azuremgmtcert.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads a password from an environment variable or a file, never from the command line (where it would land in the
 * shell history and the process list). A file's single trailing line break is not part of the password.
 */
final class PasswordSource {

    /** The answer to a password typed on the command line; {@code %s} names the options to use instead. */
    static final String COMMAND_LINE_REFUSAL = "Passwords are not accepted on the command line, where the shell "
            + "history and the process list would keep them; use %s.";

    private static final int MAX_FILE_BYTES = 64 * 1024;

    private PasswordSource() {}

    /** The value of the variable; the caller clears the array. */
    static char[] fromEnvironment(Function<String, String> environment, String variable) throws CommandFailure {
        String value = environment.apply(variable);
        if (value == null) {
            throw new CommandFailure("environment variable " + variable + " is not set; export it with the password "
                    + "or use a password file instead");
        }
        return value.toCharArray();
    }

    /** The file's content as UTF-8 without its trailing line break; the caller clears the array. */
    static char[] fromFile(Path file) throws CommandFailure {
        byte[] bytes = null;
        try {
            bytes = InputFiles.read(
                    file,
                    MAX_FILE_BYTES,
                    "cannot read password file " + file,
                    "password file " + file + " is larger than " + MAX_FILE_BYTES
                            + " bytes; it should hold just the password");
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\n') {
                length--;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
            }
            return decode(bytes, length, file);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private static char[] decode(byte[] bytes, int length, Path file) throws CommandFailure {
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            return password;
        } catch (CharacterCodingException e) {
            throw new CommandFailure("password file " + file + " is not UTF-8 text", e);
        } finally {
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
