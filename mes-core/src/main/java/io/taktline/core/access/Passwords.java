package io.taktline.core.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 (HMAC-SHA256) password hashes in the form
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, and the rule a new password must meet. A stored
 * hash names its own iterations, so raising {@link #ITERATIONS} keeps older hashes readable.
 */
public final class Passwords {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public Passwords() {
        this(ITERATIONS);
    }

    /** Fewer iterations for tests only: a hash still names its own count. */
    public Passwords(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    /** Whether {@code password} is the one {@code stored} was made from; false for a hash it cannot read. */
    public boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int count = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, count));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time a real check takes, so an unknown user name answers as slowly as a known one. */
    public void waste(String password) {
        derive(password, new byte[16], iterations);
    }

    /** @throws AccessException saying what the password lacks */
    public static void checkNew(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw AccessException.invalid("the new password is too short; use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw AccessException.invalid("the new password is longer than " + MAX_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            throw AccessException.invalid("the new password is the user name; choose another");
        }
        if (password.chars().distinct().count() < 4) {
            throw AccessException.invalid("the new password repeats too few characters; use at least 4 different ones");
        }
    }

    /** A random password of 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
    public static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return b64(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A token's secret: 32 random bytes, URL-safe, with a prefix that tells what it is in a leaked log. */
    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "tkl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
