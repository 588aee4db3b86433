package dev.polybridge.graal;

import dev.polybridge.graal.internal.context.GraalBackend;
import dev.polybridge.spi.Backend;
import dev.polybridge.spi.BackendProvider;
import dev.polybridge.spi.BridgeConfig;

/**
 * The GraalVM backend's {@link BackendProvider}; {@link dev.polybridge.Bridge#create()} finds it
 * with {@link java.util.ServiceLoader}. Users never call it directly.
 *
 * <pre>{@code
 * Bridge bridge = Bridge.create();   // uses this provider when bridge-graal is on the class path
 * }</pre>
 */
public final class GraalBackendProvider implements BackendProvider {

  /** Called by {@link java.util.ServiceLoader}. */
  public GraalBackendProvider() {}

  @Override
  public String name() {
    return GraalBackend.NAME;
  }

  @Override
  public Backend create(BridgeConfig config) {
    return new GraalBackend(config);
  }
}
