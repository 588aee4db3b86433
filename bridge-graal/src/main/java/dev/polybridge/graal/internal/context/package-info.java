/**
 * Polyglot contexts and their life: the backend that puts the parts together ({@link
 * dev.polybridge.graal.internal.context.GraalBackend}), the builder that decides what a guest may
 * do ({@code ContextFactory}), the entry lock every guest call goes through ({@code ContextCore}),
 * the {@code GuestContext} and {@code Handle} implementations, limits (watchdog, heap guard) and
 * the mapping of GraalVM's exceptions to Polybridge's.
 *
 * <p>Uses: {@code convert}, {@code lang} and {@code fs}; nothing below calls back into it except
 * through the interfaces those packages define ({@code ConversionContext}, {@code LanguageHost}).
 */
package dev.polybridge.graal.internal.context;
