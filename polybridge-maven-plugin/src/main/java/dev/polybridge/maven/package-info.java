/**
 * The goals of {@code dev.polybridge:polybridge-maven-plugin} (prefix {@code polybridge}), one mojo
 * class per goal: {@code jit} ({@link dev.polybridge.maven.JitMojo}), {@code runtime} ({@link
 * dev.polybridge.maven.RuntimeMojo}) and {@code train} ({@link dev.polybridge.maven.TrainMojo}),
 * and for typed Python bindings {@code generate} ({@link dev.polybridge.maven.GenerateMojo}) and
 * {@code check} ({@link dev.polybridge.maven.CheckMojo}).
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.polybridge&lt;/groupId&gt;
 *   &lt;artifactId&gt;polybridge-maven-plugin&lt;/artifactId&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;jit&lt;/goal&gt;&lt;goal&gt;runtime&lt;/goal&gt;&lt;goal&gt;train&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;&lt;mainClass&gt;com.example.Main&lt;/mainClass&gt;&lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 *
 * <p>The mojos hold the Maven parameters and messages; the work is done in {@code
 * dev.polybridge.maven.internal}, which they may use and which uses nothing here.
 */
package dev.polybridge.maven;
