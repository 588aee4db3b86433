/**
 * The output directory: reading the sources generated there before, writing new ones, and telling
 * which types and members differ ({@code --check}). Works on source text only; uses the JDK.
 */
package dev.polybridge.codegen.internal.check;
