package dev.polybridge.spi;

import dev.polybridge.Kw;

/**
 * A {@code @Kw} parameter without a {@code @GuestName}: named by its compiled name, which {@link
 * InterfaceBinderTest} strips from a copy of this class to see the binder refuse it.
 */
interface KwWithoutCompiledName {
  String greet(@Kw String name);
}
