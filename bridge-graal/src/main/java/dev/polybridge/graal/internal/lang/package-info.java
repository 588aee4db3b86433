/**
 * What Python and JavaScript each mean by an operation or a value: {@link
 * dev.polybridge.graal.internal.lang.GuestSupport} and its two subclasses, the guest-side helpers
 * ({@code helpers.py}, {@code helpers.js}, {@code sandbox.py}) and the JavaScript event loop. The
 * one place where the languages differ; shared code asks a {@code GuestSupport} instead of testing
 * the language.
 *
 * <p>Uses: the public API and the polyglot API; it sees its context only through {@link
 * dev.polybridge.graal.internal.lang.LanguageHost}. Used by {@code convert} and {@code context}.
 */
package dev.polybridge.graal.internal.lang;
