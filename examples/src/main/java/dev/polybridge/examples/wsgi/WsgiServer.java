package dev.polybridge.examples.wsgi;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
  private static final byte[] INTERNAL_ERROR =
      "Internal Server Error\n".getBytes(StandardCharsets.ISO_8859_1);

  private final HttpServer http;
  private final ContextPool pool;
  private final ExecutorService workers;
  private final String app;

  /**
   * The request function of each pooled context ({@code polybridge_wsgi.handler(app)}), looked up
   * once per context. It is only called inside {@code pool.apply} on its own context, so it is
   * never used outside a borrow of that context; a context the pool replaces gets a new entry, and
   * entries of closed contexts are dropped then.
   */
  private final Map<GuestContext, Handle> handlers;

  private WsgiServer(
      HttpServer http,
      ContextPool pool,
      ExecutorService workers,
      String app,
      Map<GuestContext, Handle> handlers) {
    this.http = http;
    this.pool = pool;
    this.workers = workers;
    this.app = app;
    this.handlers = handlers;
  }

  /**
   * Starts serving {@code app} ({@code "module:callable"}) on 127.0.0.1:{@code port} with {@code
   * contexts} Python contexts of {@code bridge}, which must have the app's folder on its Python
   * path.
   */
  public static WsgiServer start(Bridge bridge, String app, int port, int contexts)
      throws IOException {
    // A response larger than the connection's buffer goes out in two writes (head, then body);
    // without TCP_NODELAY the second one can wait for the client's delayed ACK. Read once, when
    // the JDK's server is first used.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Requests may take a while (first import in a context); no per-call timeout by default.
    ContextPool pool = bridge.pool(Language.PYTHON, contexts, ContextOptions.sandboxed());
    // Requests are read and answered on more threads than there are contexts, so one request's
    // HTTP work overlaps another's Python work; the extra threads wait for a context in the pool.
    ExecutorService workers = Executors.newFixedThreadPool(2 * contexts);
    Map<GuestContext, Handle> handlers = new ConcurrentHashMap<>();
    // Warm every context: import the adapter and the app before the first request arrives.
    List<Future<?>> warmers = new ArrayList<>();
    for (int i = 0; i < contexts; i++) {
      warmers.add(workers.submit(() -> pool.apply(py -> handler(handlers, app, py))));
    }
    try {
      for (Future<?> warmer : warmers) {
        warmer.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      workers.shutdownNow();
      pool.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while warming up", e);
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause; // the app's module is missing or raised, say
      }
      throw new IOException("could not load " + app, e.getCause());
    }
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    WsgiServer server = new WsgiServer(http, pool, workers, app, handlers);
    http.createContext("/", server::serve);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The request function of {@code py}, which the caller has borrowed from the pool. */
  private static Handle handler(Map<GuestContext, Handle> handlers, String app, GuestContext py) {
    Handle handler = handlers.get(py);
    if (handler == null) {
      handlers.keySet().removeIf(GuestContext::isClosed);
      handler = py.importModule("polybridge_wsgi").invoke("handler", app);
      handlers.put(py, handler);
    }
    return handler;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      // The environ as one string and the body as bytes go in, the whole response comes back as
      // one bytes object: two crossings, not one per environ entry and response field.
      String text = WsgiEnviron.text(exchange, body.length);
      Object environ = text != null ? text : WsgiEnviron.map(exchange, body.length);
      Object input = body.length == 0 ? null : body;
      byte[] response;
      try {
        response =
            pool.apply(py -> handler(handlers, app, py).call(environ, input).as(byte[].class));
      } catch (GuestException e) {
        fail(exchange, e);
        return;
      }
      try {
        send(exchange, response);
      } catch (IllegalArgumentException e) {
        // A status that is not a number, or a header the JDK refuses (CR or LF in it, say).
        exchange.getResponseHeaders().clear();
        fail(exchange, e);
      }
    }
  }

  /**
   * Sends a response in the form {@code polybridge_wsgi._serve} returns: latin-1 fields, each
   * followed by NUL (the number of headers, the status line, each header's name and value), then
   * the body.
   */
  private static void send(HttpExchange exchange, byte[] response) throws IOException {
    int at = 0;
    int end = nul(response, at);
    int headers = digits(response, at, end);
    at = end + 1;
    end = nul(response, at);
    int code = end - at < 3 ? -1 : digits(response, at, at + 3);
    if (code < 100 || (end - at > 3 && response[at + 3] != ' ')) {
      throw new IllegalArgumentException("bad WSGI status: " + latin1(response, at, end));
    }
    at = end + 1;
    Headers out = exchange.getResponseHeaders();
    for (int i = 0; i < headers; i++) {
      end = nul(response, at);
      String name = latin1(response, at, end);
      at = end + 1;
      end = nul(response, at);
      out.add(name, latin1(response, at, end));
      at = end + 1;
    }
    int length = response.length - at;
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head && !out.containsKey("Content-Length")) {
      out.set("Content-Length", Integer.toString(length)); // what a GET would be sent
    }
    exchange.sendResponseHeaders(code, length == 0 || head ? -1 : length);
    if (length > 0 && !head) {
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(response, at, length);
      }
    }
  }

  /** The decimal number in {@code bytes[from, to)}, or -1 if it is not one. */
  private static int digits(byte[] bytes, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9 || n > 100_000_000) {
        return -1;
      }
      n = 10 * n + d;
    }
    return to > from ? n : -1;
  }

  private static int nul(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("truncated WSGI response head");
  }

  private static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** Answers 500 and logs why to stderr. */
  private static void fail(HttpExchange exchange, Exception e) throws IOException {
    System.err.println("WSGI application failed on " + exchange.getRequestURI() + ":");
    e.printStackTrace();
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    exchange.sendResponseHeaders(500, INTERNAL_ERROR.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(INTERNAL_ERROR);
    }
  }

  /** Stops the server and closes its contexts. */
  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    pool.close();
  }

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
