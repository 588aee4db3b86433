package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The standard library where GraalPy needs the host: asyncio without sockets, zoneinfo with the
 * host's time zone database, and a {@code __main__} that looks like a script's, in sandboxed
 * contexts and in the shared one.
 */
class PythonStdlibTest {
  static Bridge bridge;

  @BeforeAll
  static void setUp() throws URISyntaxException {
    Path fixtures = Path.of(PythonStdlibTest.class.getResource("/fixtures/stdlib").toURI());
    bridge = Bridge.builder().pythonPath(fixtures).build();
  }

  @AfterAll
  static void tearDown() {
    bridge.close();
  }

  @Test
  void asyncioRunGatherSleepAndAsyncForWorkInASandboxedContextAndLeaveNoThread() {
    try (GuestContext py = bridge.newContext(Language.PYTHON)) {
      Handle fixture = py.importModule("async_fixture");
      assertEquals("[[2, 4, 6], [0, 1, 2], True]", fixture.invoke("run_main").toString());
      assertEquals(1, fixture.invoke("threads_left").as(Integer.class));
      assertEquals("PolybridgeEventLoop", fixture.invoke("loop_class").as(String.class));
    }
  }

  @Test
  void asyncioRunWorksInTheSharedContext() {
    Handle fixture = bridge.python().importModule("async_fixture");
    assertEquals("[[2, 4, 6], [0, 1, 2], True]", fixture.invoke("run_main").toString());
    assertEquals(1, fixture.invoke("threads_left").as(Integer.class));
  }

  @Test
  void asyncioKeepsItsOwnLoopWhereTheContextHasSockets() {
    try (GuestContext py =
        bridge.newContext(Language.PYTHON, ContextOptions.builder().allowIO(true).build())) {
      Handle fixture = py.importModule("async_fixture");
      assertEquals("_UnixSelectorEventLoop", fixture.invoke("loop_class").as(String.class));
      assertEquals("[[2, 4, 6], [0, 1, 2], True]", fixture.invoke("run_main").toString());
    }
  }

  @Test
  void zoneinfoReadsTheHostTimeZoneDatabaseReadOnly() {
    String expectedPath =
        Stream.of(
                "/usr/share/zoneinfo",
                "/usr/lib/zoneinfo",
                "/usr/share/lib/zoneinfo",
                "/etc/zoneinfo")
            .filter(p -> Files.isDirectory(Path.of(p)))
            .map(p -> "'" + p + "'")
            .collect(Collectors.joining(", ", "(", expectedTupleEnd()));
    try (GuestContext py = bridge.newContext(Language.PYTHON)) {
      py.exec(
          "import zoneinfo, datetime\n"
              + "berlin = zoneinfo.ZoneInfo('Europe/Berlin')\n"
              + "summer = datetime.datetime(2024, 7, 1, 12, tzinfo=berlin)\n"
              + "winter = datetime.datetime(2024, 1, 1, 12, tzinfo=berlin)\n");
      assertEquals(
          "2:00:00 CEST 1:00:00 CET",
          py.eval(
                  "f'{summer.utcoffset()} {summer.tzname()} {winter.utcoffset()} {winter.tzname()}'")
              .toString());
      assertEquals(expectedPath, py.eval("str(zoneinfo.TZPATH)").toString());
      assertEquals(
          "PermissionError",
          py.eval(
                  "def write():\n"
                      + "    try:\n"
                      + "        open('/usr/share/zoneinfo/polybridge-test', 'w')\n"
                      + "    except OSError as e:\n"
                      + "        return type(e).__name__\n"
                      + "write()")
              .toString());
    }
  }

  private static String expectedTupleEnd() {
    long n =
        Stream.of(
                "/usr/share/zoneinfo",
                "/usr/lib/zoneinfo",
                "/usr/share/lib/zoneinfo",
                "/etc/zoneinfo")
            .filter(p -> Files.isDirectory(Path.of(p)))
            .count();
    return n == 1 ? ",)" : ")";
  }

  @Test
  void mainModuleHasAFileAndASpecAsAScriptHas() {
    try (GuestContext py = bridge.newContext(Language.PYTHON)) {
      assertEquals(
          List.of(
              "<polybridge>/__main__.py",
              "ModuleSpec(name='__main__', loader=None, origin='<polybridge>/__main__.py')"),
          py.eval(
                  "import sys\n"
                      + "m = sys.modules['__main__']\n"
                      + "[m.__file__, repr(m.__spec__)]")
              .as(List.class));
      assertEquals("<polybridge>/__main__.py", py.eval("__file__").toString());
    }
  }
}
