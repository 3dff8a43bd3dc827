package se.arshjul.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends exactly the bytes and the address a test gives, as a demo user (password "demo"):
 * encoded and unnormalised paths ({@code ..%2F}), bodies that are not UTF-8, bodies
 * without a declared length. For what {@link Api} would tidy up on the way.
 */
public final class RawHttp {

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	public Answer send(String user, String method, String rawPath, String contentType, byte[] body) {
		return send(user, method, rawPath, contentType,
				(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
	}

	/** The body sent chunked, so the server learns its length only by reading it. */
	public Answer sendChunked(String user, String method, String rawPath, String contentType, InputStream body) {
		return send(user, method, rawPath, contentType, HttpRequest.BodyPublishers.ofInputStream(() -> body));
	}

	private Answer send(String user, String method, String rawPath, String contentType,
			HttpRequest.BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + rawPath))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What came back, the body as the client read it. */
	public record Answer(int status, HttpHeaders headers, String body) {

		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		public Map<String, Object> json() {
			try {
				return RawHttp.json.readValue(this.body, new TypeReference<>() {
				});
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

	}

}
