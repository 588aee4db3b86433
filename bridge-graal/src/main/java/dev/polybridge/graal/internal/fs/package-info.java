/**
 * What guests see of the host's files: the sandbox's read-only file system, the Python bytecode
 * cache and its file system, and class-path resource roots unpacked for the Python path.
 *
 * <p>Uses: the SPI's {@code BridgeConfig} and GraalVM's {@code FileSystem} API only; knows nothing
 * of contexts, languages or conversions.
 */
package dev.polybridge.graal.internal.fs;
