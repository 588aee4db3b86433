/**
 * Node.js compatibility for GraalJS contexts: web platform globals ({@code TextEncoder}, {@code
 * URL}, {@code structuredClone}, ...), Node core modules for {@code require} and {@code import}
 * (also as {@code node:} names), and node's module resolution ({@code package.json} {@code
 * exports}, {@code imports}, {@code main}, {@code type}; CommonJS and ES modules importing each
 * other).
 *
 * <p>Owns: the module resolver, the file system wrapper through which GraalJS loads ES modules, the
 * host functions the guest side calls (files, hashing, randomness, charsets), and the guest sources
 * under {@code resources/.../lang/node} ({@code bootstrap.js}, {@code lib/*.js}, and the npm
 * packages bundled at build time into {@code polyfills/}, see {@code src/main/node}).
 *
 * <p>May use: the GraalVM Polyglot SDK and the JDK. Knows nothing of Polybridge's contexts or
 * conversions: callers hand it a {@link org.graalvm.polyglot.Context} and the streams to write to.
 */
package dev.polybridge.graal.internal.lang.node;
