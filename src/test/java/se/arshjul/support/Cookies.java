package se.arshjul.support;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;

/** The cookies an HTTP answer sets, for tests that log in to the Camunda webapps. */
public final class Cookies {

	private Cookies() {
	}

	/** The value of the cookie the answer sets; fails the test if it sets none. */
	public static String cookie(HttpResponse<?> response, String name) {
		return cookies(response, name).stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers()));
	}

	/** The values of every cookie of that name the answer sets. */
	public static List<String> cookies(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.flatMap((header) -> HttpCookie.parse(header).stream())
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.toList();
	}

}
