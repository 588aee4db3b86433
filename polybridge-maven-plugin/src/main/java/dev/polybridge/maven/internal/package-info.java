/**
 * How the plugin's goals do their work, without Maven's mojo API: the JDK and its version ({@link
 * dev.polybridge.maven.internal.Jdk}), the Graal JIT's artifacts and flags ({@link
 * dev.polybridge.maven.internal.GraalJit}, {@link dev.polybridge.maven.internal.CompilerJars}), the
 * argument file, the jlink image ({@link dev.polybridge.maven.internal.RuntimeImage}), the AOT
 * cache and its launcher, running JDK tools ({@link dev.polybridge.maven.internal.Command}), and
 * calling bridge-codegen ({@link dev.polybridge.maven.internal.Codegen}, by reflection from the
 * plugin's class loader) with its up-to-date stamp ({@link
 * dev.polybridge.maven.internal.GenerationStamp}).
 *
 * <p>May use the JDK and Maven's resolver API ({@code org.eclipse.aether}); not the mojo classes of
 * {@code dev.polybridge.maven}, which call in here. Not part of the plugin's contract: the goals
 * and their parameters are.
 */
package dev.polybridge.maven.internal;
