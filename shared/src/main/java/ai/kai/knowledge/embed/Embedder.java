package ai.kai.knowledge.embed;

/** Turns a text into a unit-length vector; texts with similar meaning get vectors with a high cosine. */
public interface Embedder {
    float[] embed(String text);

    /** The number of dimensions of every vector this embedder returns. */
    int dimensions();
}
