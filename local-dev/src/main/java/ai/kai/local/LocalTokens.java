package ai.kai.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import ai.kai.functions.http.Identity;

/**
 * The local stack's identity provider: HS256 JWTs signed with a key kept in the data dir, carrying the claims a
 * Cognito ID token carries ({@code sub}, {@code iss}, {@code aud}, {@code token_use}, {@code custom:tenant}).
 * The gateway verifies them as API Gateway's JWT authorizer would and passes the claims on.
 */
public final class LocalTokens {
    static final String ISSUER = "https://kai.local/identity";
    static final String AUDIENCE = "kai-local";
    private static final Duration LIFETIME = Duration.ofDays(30);
    private final byte[] key;

    private LocalTokens(byte[] key) {
        this.key = key;
    }

    /** The key in {@code dataDir/jwt-signing.key}, created (owner-only) on first use. */
    public static LocalTokens forDataDir(Path dataDir) {
        Path file = dataDir.resolve("jwt-signing.key");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(dataDir, "key", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // best effort on non-POSIX file systems
                }
                Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return new LocalTokens(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local signing key in " + dataDir, e);
        }
    }

    public String mint(String tenant) {
        ai.kai.tenancy.TenantId.of(tenant);
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("local-" + tenant)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("token_use", "id")
                .claim(Identity.DEFAULT_TENANT_CLAIM, tenant)
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    /** The verified claims as API Gateway passes them (all values as strings), or empty if the token is not good. */
    Optional<Map<String, String>> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean fresh = claims.getExpirationTime() != null && claims.getExpirationTime().after(new Date());
            boolean ours = ISSUER.equals(claims.getIssuer()) && claims.getAudience().contains(AUDIENCE);
            if (!fresh || !ours) {
                return Optional.empty();
            }
            Map<String, String> out = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> out.put(name, claimText(value)));
            return Optional.of(out);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static String claimText(Object value) {
        if (value instanceof Date d) {
            return Long.toString(d.toInstant().getEpochSecond());
        }
        if (value instanceof List<?> list) {
            return list.size() == 1 ? String.valueOf(list.get(0)) : list.toString();
        }
        return String.valueOf(value);
    }
}
