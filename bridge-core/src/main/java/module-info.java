/**
 * Polybridge core: the language-neutral API for using Python and JavaScript from Java, and the SPI
 * a backend implements. Start at {@link dev.polybridge.Bridge}.
 */
module dev.polybridge.core {
  exports dev.polybridge;
  exports dev.polybridge.spi;

  uses dev.polybridge.spi.BackendProvider;
}
