package ai.kai.secrets;

import java.util.Map;

import ai.kai.error.ErrorCode;
import ai.kai.error.KaiException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * Data keys from AWS KMS: {@code GenerateDataKey} (AES_256) per secret, {@code Decrypt} to unwrap, both with the
 * secret's context as KMS encryption context, so KMS itself refuses to unwrap a key for another owner (and
 * CloudTrail records whose secret was opened).
 */
public final class KmsKeyWrapper implements KeyWrapper {
    static final String ID = "kms";
    static final String CONTEXT_KEY = "kai:secret";
    private final KmsClient kms;
    private final String keyId;

    public KmsKeyWrapper(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DataKey generateDataKey(String context) {
        GenerateDataKeyResponse r = call(() -> kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)
                .encryptionContext(Map.of(CONTEXT_KEY, context))));
        return new DataKey(r.plaintext().asByteArray(), r.ciphertextBlob().asByteArray());
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, String context) {
        DecryptResponse r = call(() -> kms.decrypt(b -> b.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(wrappedKey))
                .encryptionContext(Map.of(CONTEXT_KEY, context))));
        return r.plaintext().asByteArray();
    }

    private static <T> T call(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (InvalidCiphertextException e) {
            throw new KaiException(ErrorCode.SECRET_DECRYPTION_FAILED,
                    "KMS refused to unwrap a stored credential's key (damaged, or sealed for another owner)", e);
        } catch (KmsException e) {
            throw new KaiException(ErrorCode.SECRETS_UNAVAILABLE,
                    "KMS refused the request (" + e.statusCode() + " "
                            + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()) + ")", e);
        } catch (SdkException e) {
            throw new KaiException(ErrorCode.SECRETS_UNAVAILABLE, "KMS could not be reached", e);
        }
    }
}
