package dev.polybridge.examples.wsgi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a Python WSGI application (PEP 3333) with the JDK's built-in HTTP server. Requests run in
 * parallel on a {@link ContextPool} of GraalPy contexts, one request per context at a time; the
 * application is imported once per context.
 *
 * <pre>{@code
 * try (WsgiServer server = WsgiServer.start(bridge, "demo_app:application", 8000, 2)) {
 *   ... // curl http://127.0.0.1:8000/
 * }
 * }</pre>
 *
 * <p>An application that raises gets a 500 response, its traceback goes to stderr, and the server
 * keeps serving.
 */
public final class WsgiServer implements AutoCloseable {
  private final HttpServer http;
  private final ContextPool pool;
  private final ExecutorService workers;
  private final String app;

  private WsgiServer(HttpServer http, ContextPool pool, ExecutorService workers, String app) {
    this.http = http;
    this.pool = pool;
    this.workers = workers;
    this.app = app;
  }

  /**
   * Starts serving {@code app} ({@code "module:callable"}) on 127.0.0.1:{@code port} with {@code
   * contexts} Python contexts of {@code bridge}, which must have the app's folder on its Python
   * path.
   */
  public static WsgiServer start(Bridge bridge, String app, int port, int contexts)
      throws IOException {
    // Requests may take a while (first import in a context); no per-call timeout by default.
    ContextPool pool = bridge.pool(Language.PYTHON, contexts, ContextOptions.sandboxed());
    // Warm every context: import the adapter and the app before the first request arrives.
    Thread[] warmers = new Thread[contexts];
    for (int i = 0; i < contexts; i++) {
      warmers[i] =
          new Thread(
              () -> pool.apply(py -> py.importModule("polybridge_wsgi").invoke("_load", app)));
      warmers[i].start();
    }
    for (Thread t : warmers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while warming up", e);
      }
    }
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    ExecutorService workers = Executors.newFixedThreadPool(contexts);
    WsgiServer server = new WsgiServer(http, pool, workers, app);
    http.createContext("/", server::serve);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, Object> environ = WsgiEnviron.of(exchange, body.length);
      Response response;
      try {
        response =
            pool.apply(
                py -> {
                  Handle result =
                      py.importModule("polybridge_wsgi").invoke("handle", app, environ, body);
                  return new Response(
                      result.getItem(0).as(String.class),
                      result.getItem(1).as(new dev.polybridge.TypeRef<List<List<String>>>() {}),
                      result.getItem(2).as(byte[].class));
                });
      } catch (GuestException e) {
        System.err.println("WSGI application failed on " + exchange.getRequestURI() + ":");
        e.printStackTrace();
        response =
            new Response(
                "500 Internal Server Error",
                List.of(List.of("Content-Type", "text/plain")),
                "Internal Server Error\n".getBytes(StandardCharsets.UTF_8));
      }
      for (List<String> header : response.headers) {
        exchange.getResponseHeaders().add(header.get(0), header.get(1));
      }
      int code = Integer.parseInt(response.status.substring(0, 3));
      exchange.sendResponseHeaders(code, response.body.length == 0 ? -1 : response.body.length);
      if (response.body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body);
        }
      }
    }
  }

  /** Stops the server and closes its contexts. */
  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    pool.close();
  }

  /** A WSGI response on its way back to Java. */
  private record Response(String status, List<List<String>> headers, byte[] body) {}

  /**
   * Serves {@code examples/src/main/python/demo_app.py} on port 8000 (or the first argument) until
   * the process is stopped. Second argument: the number of contexts (default 2).
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
    int contexts = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path python = dev.polybridge.examples.Examples.pythonSources();
    Bridge bridge = Bridge.builder().pythonPath(python).build();
    WsgiServer server = start(bridge, "demo_app:application", port, contexts);
    System.out.println(
        "Serving demo_app on http://127.0.0.1:"
            + server.port()
            + "/ with "
            + contexts
            + " Python contexts ("
            + bridge.runtime()
            + ")");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  bridge.close();
                }));
    Thread.currentThread().join();
  }
}
