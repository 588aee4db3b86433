package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The round trip over {@code roundtrip/shop_future.py}: shop.py under {@code from __future__ import
 * annotations}, so every annotation is a string the generator must resolve.
 */
class FutureAnnotationsRoundTripTest extends RoundTripContractTest {
  @Override
  String moduleName() {
    return "shop_future";
  }

  @Test
  void fixtureIsShopPyWithOnlyTheFutureImportAdded() throws Exception {
    String plain =
        Files.readString(TestResources.dir("roundtrip").resolve("shop.py"), StandardCharsets.UTF_8);
    String future =
        Files.readString(
            TestResources.dir("roundtrip").resolve("shop_future.py"), StandardCharsets.UTF_8);

    assertEquals(plain, future.replace("from __future__ import annotations\n\n", ""));
  }
}
