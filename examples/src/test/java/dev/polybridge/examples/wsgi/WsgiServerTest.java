package dev.polybridge.examples.wsgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WSGI demo app served through Polybridge, over real HTTP on a loopback port. */
class WsgiServerTest {
  private static Bridge bridge;
  private static WsgiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    bridge = Bridge.builder().pythonPath(Path.of("src/main/python")).build();
    server = WsgiServer.start(bridge, "demo_app:application", 0, 1);
  }

  @AfterAll
  static void stop() {
    server.close();
    bridge.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void rootRouteAnswersWithTheApplicationsBodyAndHeaders() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertEquals("Hello from Python, served by Java!\n", r.body());
    assertEquals("text/plain; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void queryStringReachesTheApplication() throws Exception {
    assertEquals(
        "{\"n\": 4, \"squares\": [0, 1, 4, 9], \"method\": \"GET\"}", get("/json?n=4").body());
  }

  @Test
  void requestBodyIsReadFromWsgiInput() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString("héllo body"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals("héllo body", r.body());
  }

  @Test
  void unknownRouteIsTheApplicationsOwn404() throws Exception {
    HttpResponse<String> r = get("/nowhere");
    assertEquals(404, r.statusCode());
    assertEquals("not found\n", r.body());
  }

  @Test
  void applicationThatRaisesGivesA500LogsTheTracebackAndTheServerKeepsServing() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    HttpResponse<String> failed;
    try {
      failed = get("/boom");
    } finally {
      System.setErr(original);
    }
    assertEquals(500, failed.statusCode());
    assertEquals("Internal Server Error\n", failed.body());
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(
        logged.contains("dev.polybridge.GuestException: ValueError: boom: this route always fails"),
        logged);
    assertTrue(logged.contains("at demo_app.application(demo_app.py:25)"), logged);
    assertEquals(200, get("/").statusCode());
  }
}
