package ai.kai.secrets;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;

/**
 * The local stack's master key: 32 random bytes in a file created with mode 600 on first use. Data keys are
 * wrapped with AES-256-GCM under it, bound to the secret's context (the local stand-in for KMS).
 */
public final class LocalKeyWrapper implements KeyWrapper {
    static final String ID = "local";
    private final byte[] masterKey;

    private LocalKeyWrapper(byte[] masterKey) {
        this.masterKey = masterKey;
    }

    /** Reads the key file, creating it (mode 600) if it does not exist yet. */
    public static LocalKeyWrapper open(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            refuseWideAccess(keyFile);
            byte[] key = Files.readAllBytes(keyFile);
            if (key.length != 32) {
                throw new KaiException(ErrorCode.SECRETS_UNAVAILABLE,
                        "the local key file " + keyFile.getFileName() + " is not a 256-bit key");
            }
            return new LocalKeyWrapper(key);
        } catch (IOException e) {
            throw new KaiException(ErrorCode.SECRETS_UNAVAILABLE, "the local key file cannot be read or created", e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        try {
            if (posix) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(keyFile);
            }
            Files.write(keyFile, Aes.randomBytes(32));
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; use theirs
        }
    }

    private static void refuseWideAccess(Path keyFile) throws IOException {
        if (Files.getFileAttributeView(keyFile, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
        perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        if (!perms.isEmpty()) {
            throw new KaiException(ErrorCode.SECRETS_UNAVAILABLE, "the local key file " + keyFile.getFileName()
                    + " is readable by others; it must be mode 600 (chmod 600 it)");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DataKey generateDataKey(String context) {
        byte[] key = Aes.randomBytes(32);
        return new DataKey(key, Aes.seal(masterKey, key, context));
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, String context) {
        return Aes.open(masterKey, wrappedKey, 0, wrappedKey.length, context);
    }
}
