package ai.kai.knowledge.embed;

import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (int8-quantized ONNX, 384 dimensions) run in-process by ONNX Runtime; the model and the
 * tokenizer ship inside the jar, nothing is fetched. Loaded once per JVM (≈ 0.5 s) on first use, which SnapStart
 * priming does before the snapshot (DESIGN D3).
 */
public final class MiniLmEmbedder implements Embedder {
    private static final int DIMENSIONS = 384;
    private static volatile MiniLmEmbedder shared;
    private final EmbeddingModel model;

    private MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * An embedder that loads the model on its first use: handlers construct without the native runtime (their init
     * stays cheap and loads anywhere), priming or the first request pays the load once.
     */
    public static Embedder lazy() {
        return new Embedder() {
            @Override
            public float[] embed(String text) {
                return get().embed(text);
            }

            @Override
            public int dimensions() {
                return DIMENSIONS;
            }
        };
    }

    /** The JVM's one instance. */
    public static MiniLmEmbedder get() {
        MiniLmEmbedder e = shared;
        if (e == null) {
            synchronized (MiniLmEmbedder.class) {
                if (shared == null) {
                    offline();
                    shared = new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
                }
                e = shared;
            }
        }
        return e;
    }

    /**
     * DJL (the tokenizer's loader) must neither phone home nor download: it finds its native library inside the jar
     * and unpacks it under a writable directory (Lambda's home is read-only, /tmp is not).
     */
    private static void offline() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "djl").toString());
        }
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text == null || text.isBlank() ? " " : text).content().vector();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }
}
