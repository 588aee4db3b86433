package dev.polybridge.examples.wsgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WSGI demo app served through Polybridge, over real HTTP on a loopback port; and {@code
 * src/test/python/wsgi_test_app.py}, whose routes each exercise one PEP 3333 detail.
 */
class WsgiServerTest {
  private static Bridge bridge;
  private static WsgiServer server;
  private static WsgiServer details;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    bridge =
        Bridge.builder().pythonPath(Path.of("src/main/python"), Path.of("src/test/python")).build();
    server = WsgiServer.start(bridge, "demo_app:application", 0, 2);
    // One context, so the test app's module state (its count of closed bodies) is the same for
    // every request.
    details = WsgiServer.start(bridge, "wsgi_test_app:application", 0, 1);
  }

  @AfterAll
  static void stop() {
    server.close();
    details.close();
    bridge.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send(server, HttpRequest.newBuilder(uri(server, path)));
  }

  private static URI uri(WsgiServer on, String path) {
    return URI.create("http://127.0.0.1:" + on.port() + path);
  }

  private static HttpResponse<String> send(WsgiServer on, HttpRequest.Builder request)
      throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends {@code request} with stderr captured; returns the response and what was logged. */
  private static Map.Entry<HttpResponse<String>, String> sendLogged(
      WsgiServer on, HttpRequest.Builder request) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = send(on, request);
    } finally {
      System.setErr(original);
    }
    return Map.entry(response, log.toString(StandardCharsets.UTF_8));
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

  @Test
  void environHasTheCgiAndWsgiKeys() throws Exception {
    HttpResponse<String> r =
        send(
            details,
            HttpRequest.newBuilder(uri(details, "/environ/caf%C3%A9?a=1&b=%20"))
                .header("X-Test", "one")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("body")));
    assertEquals(200, r.statusCode());
    assertEquals(
        "{\"CONTENT_LENGTH\": \"4\", \"CONTENT_TYPE\": \"text/plain\", \"HTTP_X_TEST\": \"one\","
            + " \"PATH_INFO\": \"/environ/caf\\u00c3\\u00a9\", \"QUERY_STRING\": \"a=1&b=%20\","
            + " \"REQUEST_METHOD\": \"POST\", \"SCRIPT_NAME\": \"\", \"SERVER_PROTOCOL\":"
            + " \"HTTP/1.1\", \"errors\": true, \"flags\": [false, true, false], \"input\":"
            + " \"body\", \"wsgi.url_scheme\": \"http\", \"wsgi.version\": [1, 0]}",
        r.body());
  }

  @Test
  void aNulInThePathStillReachesTheApplication() throws Exception {
    HttpResponse<String> r = send(details, HttpRequest.newBuilder(uri(details, "/environ%00x")));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"PATH_INFO\": \"/environ\\u0000x\""), r.body());
    assertTrue(r.body().contains("\"CONTENT_LENGTH\": \"\""), r.body());
  }

  @Test
  void binaryRequestBodyComesBackByteForByte() throws Exception {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(uri(server, "/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(all))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(all, r.body());
  }

  @Test
  void latin1HeaderValuesArriveAsLatin1() throws Exception {
    HttpResponse<String> r = send(details, HttpRequest.newBuilder(uri(details, "/latin1")));
    assertEquals(200, r.statusCode());
    assertEquals("caf\u00e9", r.headers().firstValue("X-Name").orElse(""));
    assertEquals("ok", r.body());
  }

  @Test
  void aHeaderValueBeyondLatin1IsA500() throws Exception {
    Map.Entry<HttpResponse<String>, String> r =
        sendLogged(details, HttpRequest.newBuilder(uri(details, "/not-latin1")));
    assertEquals(500, r.getKey().statusCode());
    assertEquals("Internal Server Error\n", r.getKey().body());
    assertTrue(r.getValue().contains("UnicodeEncodeError"), r.getValue());
  }

  @Test
  void theLegacyWriteCallableComesBeforeTheIterable() throws Exception {
    HttpResponse<String> r = send(details, HttpRequest.newBuilder(uri(details, "/write")));
    assertEquals(201, r.statusCode());
    assertEquals("written, then iterated", r.body());
  }

  @Test
  void theBodysCloseIsCalled() throws Exception {
    int before = closedCount();
    assertEquals(before + 1, closedCount());
  }

  private static int closedCount() throws Exception {
    String body = send(details, HttpRequest.newBuilder(uri(details, "/closing"))).body();
    assertTrue(body.startsWith("closed: "), body);
    return Integer.parseInt(body.substring("closed: ".length()));
  }

  @Test
  void startResponseWithExcInfoReplacesTheStatusBeforeTheBody() throws Exception {
    HttpResponse<String> r = send(details, HttpRequest.newBuilder(uri(details, "/exc-info")));
    assertEquals(503, r.statusCode());
    assertEquals("replaced", r.body());
  }

  @Test
  void startResponseTwiceWithoutExcInfoIsA500() throws Exception {
    Map.Entry<HttpResponse<String>, String> r =
        sendLogged(details, HttpRequest.newBuilder(uri(details, "/twice")));
    assertEquals(500, r.getKey().statusCode());
    assertTrue(r.getValue().contains("AssertionError"), r.getValue());
  }

  @Test
  void aBodyThatRaisesIsA500AndItsCloseIsStillCalled() throws Exception {
    int before = closedCount();
    Map.Entry<HttpResponse<String>, String> r =
        sendLogged(details, HttpRequest.newBuilder(uri(details, "/raise-in-body")));
    assertEquals(500, r.getKey().statusCode());
    assertTrue(r.getValue().contains("TypeError"), r.getValue());
    // One close for the /closing body counted in before, one for the body that raised.
    assertEquals(before + 2, closedCount());
    assertEquals(201, send(details, HttpRequest.newBuilder(uri(details, "/write"))).statusCode());
  }

  @Test
  void headGetsTheHeadersAndLengthOfGetWithoutTheBody() throws Exception {
    HttpResponse<String> r =
        send(server, HttpRequest.newBuilder(uri(server, "/")).method("HEAD", noBody()));
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    assertEquals("35", r.headers().firstValue("Content-Length").orElse(""));
    assertEquals("text/plain; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  @Test
  void manyRequestsInParallelAllGetTheirOwnAnswer() throws Exception {
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers =
        new java.util.ArrayList<>();
    for (int n = 0; n < 40; n++) {
      answers.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(uri(server, "/json?n=" + (n % 7))).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (int n = 0; n < 40; n++) {
      String body = answers.get(n).get().body();
      assertTrue(body.startsWith("{\"n\": " + (n % 7) + ","), body);
    }
  }
}
