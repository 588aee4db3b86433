/**
 * Test doubles for bridge-core's own tests: a guest value ({@link dev.polybridge.fake.FakeHandle})
 * whose attributes are a Java map and whose callables are Java functions, recording every guest
 * operation asked of it, so the binder and the pool are tested in milliseconds without a backend.
 * May use bridge-core's public API and SPI only.
 */
package dev.polybridge.fake;
