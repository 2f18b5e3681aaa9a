package ai.kai.infra.load;

/**
 * Run in a fresh JVM whose classpath is one function artifact (plus DuckDB for those that use the layer):
 * instantiates each handler named on the command line, as Lambda's init phase does, and prints OK or FAIL.
 */
public final class HandlerLoader {
    private HandlerLoader() {
    }

    public static void main(String[] handlers) {
        for (String handler : handlers) {
            try {
                Class.forName(handler, true, HandlerLoader.class.getClassLoader()).getConstructor().newInstance();
                System.out.println("OK " + handler);
            } catch (Throwable t) {
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                System.out.println("FAIL " + handler + " " + root);
            }
        }
    }
}
