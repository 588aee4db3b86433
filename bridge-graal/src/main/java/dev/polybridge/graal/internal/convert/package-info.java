/**
 * Conversion of values between Java and the guest languages, both directions: the registry ({@link
 * dev.polybridge.graal.internal.convert.Conversions}) and its codecs, one small class per type
 * family with its encoder and decoder side by side, the user's converters first.
 *
 * <p>Owns: the conversion table of {@code Handle.as} and of values passed in, nesting limits, the
 * paths of conversion errors, Java functions made callable for guests. Uses: the public API, the
 * {@code lang} package for what a value means in each language, and the polyglot {@code Value} API.
 * A conversion sees its context only through {@link
 * dev.polybridge.graal.internal.convert.ConversionContext}; nothing here knows contexts, locks or
 * options.
 */
package dev.polybridge.graal.internal.convert;
