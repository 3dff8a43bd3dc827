package se.arshjul.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies sent to {@code /api} are at most 10 MB: a larger one is answered 413 with a
 * problem detail before it is read, or, when its length is not announced, as soon as it
 * passes the limit. Tomcat then reads and drops the rest
 * ({@code server.tomcat.max-swallow-size}), so that the client gets the answer.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final String DETAIL = "Innehållet är större än 10 MB (" + MAX_BYTES + " byte), som är det största som tas "
			+ "emot; dela upp det eller skicka bara texten";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			ProblemResponses.write(response, 413, ProblemResponses.title(413), DETAIL, "body");
			return;
		}
		chain.doFilter(new Limited(request), response);
	}

	/** Thrown while reading a body that turns out larger than the limit. */
	static class TooLargeException extends IOException {

		TooLargeException() {
			super("Request body larger than " + MAX_BYTES + " bytes");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream counted;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				this.counted = new Counted(super.getInputStream());
			}
			return this.counted;
		}

	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		Counted(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLargeException {
			this.read += n;
			if (this.read > MAX_BYTES) {
				throw new TooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
