package dossier.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a route runs (a URI it cannot parse, an ambiguous encoded
 * path, an oversized header): the same JSON body as the routes' errors, never Jetty's HTML page
 * or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    int status = code < 400 ? 500 : code;
    String detail = status >= 500 ? "the server could not answer this request"
        : "the request cannot be read: " + Errors.reason(status);
    byte[] body = Errors.json(status, Errors.reason(status), detail).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason,
      org.eclipse.jetty.http.HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(Errors.json(status, Errors.reason(status),
        "the request cannot be read: " + Errors.reason(status)).getBytes(StandardCharsets.UTF_8));
  }
}
