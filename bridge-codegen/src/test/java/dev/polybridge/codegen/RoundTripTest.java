package dev.polybridge.codegen;

/** The round trip over {@code roundtrip/shop.py}, annotations as objects. */
class RoundTripTest extends RoundTripContractTest {
  @Override
  String moduleName() {
    return "shop";
  }
}
