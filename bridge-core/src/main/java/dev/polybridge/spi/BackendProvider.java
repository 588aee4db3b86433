package dev.polybridge.spi;

/**
 * Creates {@link Backend}s; found by {@link java.util.ServiceLoader}. A backend jar registers its
 * provider in {@code META-INF/services/dev.polybridge.spi.BackendProvider} and, on the module path,
 * with {@code provides dev.polybridge.spi.BackendProvider with ...}.
 *
 * <pre>{@code
 * public final class MyProvider implements BackendProvider {
 *   public String name() { return "my-backend"; }
 *   public Backend create(BridgeConfig config) { return new MyBackend(config); }
 * }
 * }</pre>
 */
public interface BackendProvider {

  /** A short name for messages and {@link dev.polybridge.RuntimeInfo#backend()}. */
  String name();

  /** Creates a backend for one {@link dev.polybridge.Bridge}. */
  Backend create(BridgeConfig config);
}
