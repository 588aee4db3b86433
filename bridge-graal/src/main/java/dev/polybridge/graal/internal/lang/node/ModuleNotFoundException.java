package dev.polybridge.graal.internal.lang.node;

/**
 * A module name that does not resolve, with node's error code ({@code MODULE_NOT_FOUND}, {@code
 * ERR_MODULE_NOT_FOUND}, {@code ERR_PACKAGE_PATH_NOT_EXPORTED}, ...) and a message naming the
 * package and the paths tried.
 */
final class ModuleNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  ModuleNotFoundException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
