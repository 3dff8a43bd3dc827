package se.arshjul.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.RawHttp;
import se.arshjul.support.RawHttp.Answer;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken input at every endpoint of {@code /api}: each answered with a
 * problem detail in Swedish that names the field, and nothing changed, as read back from
 * the API and the database. Sent with a plain HTTP client, exactly as given: unnormalised
 * and encoded paths, bodies that are not UTF-8 or JSON, bodies over 10 MB.
 */
@PostgresSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final String JSON = "application/json";

	static final String TEXT = "text/plain; charset=UTF-8";

	static final String CYRILLIC_A = "\u0430";

	static final String AUDIT = "/api/administrations/hagersten-liljeholmen/audit";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	RawHttp http;

	int year;

	String document;

	long version;

	String cascade;

	@BeforeAll
	void draftAndCascade() {
		this.http = new RawHttp(this.port);
		this.year = TestYears.past();
		ResponseEntity<Map<String, Object>> answer = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", this.year, "type", "VP"));
		assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> created = answer.getBody();
		Api.as(this.rest, "handlaggare").writePlan(created);
		this.document = "/api/documents/" + created.get("id");
		this.version = ((Number) Api.as(this.rest, "handlaggare").get(this.document).getBody().get("version"))
			.longValue();
		this.cascade = "/api/administrations/hagersten-liljeholmen/cascades/" + this.year;
		Answer saved = this.http.send("controller", "PUT", this.cascade, JSON,
				bytes("[" + direction("\"startDate\":\"2027-01-01\"") + "]"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	Stream<Bad> badRequests() {
		String content = this.document + "/content";
		String imports = "/api/imports";
		return Stream.of(
				// --- POST /api/documents ---
				bad("create: not JSON", "POST", "/api/documents", JSON, "{\"unitId\": ", 400, null,
						"går inte att läsa som JSON (rad 1"),
				bad("create: no body", "POST", "/api/documents", JSON, "", 400, null, "Innehåll saknas"),
				bad("create: a list, not an object", "POST", "/api/documents", JSON, "[1, 2]", 400, null,
						"fel form: det ska vara ett objekt"),
				bad("create: year as words", "POST", "/api/documents", JSON, create("\"nästa år\"", "\"VP\""), 400,
						"year", "har fel typ: 'nästa år' går inte att tolka som ett heltal"),
				bad("create: a fraction of a year", "POST", "/api/documents", JSON, create("2031.5", "\"VP\""), 400,
						"year", "har fel typ"),
				bad("create: a year beyond any number", "POST", "/api/documents", JSON,
						create("99999999999999999999", "\"VP\""), 400, "year", "för stort"),
				bad("create: unit as a list", "POST", "/api/documents", JSON,
						"{\"unitId\":[\"assistansenheten\"],\"year\":2031,\"type\":\"VP\"}", 400, "unitId",
						"det ska vara en text"),
				bad("create: unknown field", "POST", "/api/documents", JSON,
						"{\"unitId\":\"assistansenheten\",\"year\":2031,\"type\":\"VP\",\"status\":\"ADOPTED\"}", 400,
						"status", "Fältet 'status' finns inte"),
				bad("create: nothing filled in", "POST", "/api/documents", JSON, "{}", 422, "unitId",
						"year: År saknas"),
				bad("create: every rule broken", "POST", "/api/documents", JSON,
						"{\"unitId\":\"finns-inte\",\"year\":1850,\"type\":\"XX\"}", 422, "type",
						"year: Året måste ligga mellan 2000 och 2100"),
				bad("create: SQL in the unit", "POST", "/api/documents", JSON,
						"{\"unitId\":\"assistansenheten' OR '1'='1\",\"year\":2031,\"type\":\"VP\"}", 422, "unitId",
						"Enheten finns inte"),
				bad("create: SQL in the type", "POST", "/api/documents", JSON,
						"{\"unitId\":\"assistansenheten\",\"year\":2031,\"type\":\"VP'; DROP TABLE plan_document; --\"}",
						422, "type", "Dokumenttypen måste vara VP, T1, T2 eller VB"),
				bad("create: script as the unit", "POST", "/api/documents", JSON,
						"{\"unitId\":\"<script>alert(1)</script>\",\"year\":2031,\"type\":\"VP\"}", 422, "unitId",
						"Enheten finns inte"),
				bad("create: Cyrillic а in the unit", "POST", "/api/documents", JSON,
						"{\"unitId\":\"" + CYRILLIC_A + "ssistansenheten\",\"year\":2031,\"type\":\"VP\"}", 422,
						"unitId", "Enheten finns inte"),
				bad("create: NUL in the unit", "POST", "/api/documents", JSON,
						"{\"unitId\":\"assistans\\u0000enheten\",\"year\":2031,\"type\":\"VP\"}", 400, "unitId",
						"kontrolltecken (U+0000)"),
				bad("create: as text", "POST", "/api/documents", TEXT, "assistansenheten 2031 VP", 415, null,
						"Innehållstypen 'text/plain;charset=UTF-8'"),
				// --- GET /api/documents/{id}: ids that are not ids ---
				get("id: ../../etc/passwd", "/api/documents/../../etc/passwd", 400, "path", "'..'"),
				get("id: %2e%2e", "/api/documents/%2e%2e/%2e%2e/etc/passwd", 400, "path", "'%2e'"),
				get("id: ..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2F..%2Fetc%2Fpasswd", 400, null, "ett kodat '/'"),
				get("id: encoded backslash", "/api/documents/..%5C..%5Cwindows", 400, null, "ett kodat '/'"),
				get("id: encoded NUL", "/api/documents/%00", 400, null, "kontrolltecken"),
				get("id: SQL after a semicolon", "/api/documents/1;DROP%20TABLE%20plan_document", 400, "path", "';'"),
				get("id: not an id", "/api/documents/' OR 1=1 --".replace(" ", "%20"), 404, null,
						"Dokumentet finns inte"),
				get("id: a lookalike hyphen in the id", lookalike(this.document), 404, null, "Dokumentet finns inte"),
				bad("no such address", "GET", "/api/documents/" + java.util.UUID.randomUUID() + "/finns-inte", null,
						null, 404, null, "Adressen finns inte i Årshjuls API"),
				delete("a method the address does not take", this.document, 405, null,
						"Metoden DELETE används inte för den här adressen; använd GET"),
				// --- PUT /api/documents/{id}/content ---
				bad("content: not JSON", "PUT", content, JSON, "{\"version\": 1, \"title\": ", 400, null,
						"går inte att läsa som JSON"),
				bad("content: unknown field deep down", "PUT", content, JSON,
						save("\"T\"", "{\"budgets\":[{\"rows\":[{\"label\":\"Bidrag\",\"extra\":1}]}]}"), 400,
						"content.budgets[0].rows[0].extra", "finns inte"),
				bad("content: an amount in words", "PUT", content, JSON, save("\"T\"", budget("\"tio\"")), 400,
						"content.budgets[0].rows[0].amounts[0]", "'tio' går inte att tolka som ett tal"),
				bad("content: an absurd amount", "PUT", content, JSON, save("\"T\"", budget("1e999999999")), 422,
						"content.budgets[0].rows[0].amounts[0]", "orimligt stort"),
				bad("content: an amount beyond any budget", "PUT", content, JSON,
						save("\"T\"", budget("-1000000000000000")), 422, "content.budgets[0].rows[0].amounts[0]",
						"orimligt stort"),
				bad("content: an amount finer than a krona", "PUT", content, JSON,
						save("\"T\"", budget("1e-999999999")), 422, "content.budgets[0].rows[0].amounts[0]",
						"decimaler"),
				bad("content: not a kind of row", "PUT", content, JSON,
						save("\"T\"", "{\"budgets\":[{\"rows\":[{\"kind\":\"SUMMA\"}]}]}"), 400,
						"content.budgets[0].rows[0].kind", "ett av INCOME, COST, SUM_INCOME, SUM_COST, NET"),
				bad("content: no such date", "PUT", content, JSON, save("\"T\"", goals("\"startDate\":\"2026-02-30\"")),
						400, "content.directionGoals[0].councilGoals[0].boardGoals[0].activities[0].startDate",
						"ett datum skrivet ÅÅÅÅ-MM-DD"),
				bad("content: a date in year 99999", "PUT", content, JSON,
						save("\"T\"", goals("\"endDate\":\"+99999-01-01\"")), 422,
						"content.directionGoals[0].councilGoals[0].boardGoals[0].activities[0].endDate",
						"ligger inte mellan 1900 och 2200"),
				bad("content: a date in 1066", "PUT", content, JSON,
						save("\"T\"", goals("\"startDate\":\"1066-10-14\"")), 422,
						"content.directionGoals[0].councilGoals[0].boardGoals[0].activities[0].startDate",
						"ligger inte mellan 1900 och 2200"),
				bad("content: an empty goal", "PUT", content, JSON, save("\"T\"", "{\"directionGoals\":[null]}"), 400,
						"content", "tomt värde (null)"),
				bad("content: NUL in the title", "PUT", content, JSON, save("\"Plan\\u0000\"", "{}"), 400, "title",
						"kontrolltecken (U+0000)"),
				bad("content: a vertical tab in the text", "PUT", content, JSON,
						save("\"T\"", "{\"introduction\":{\"vision\":\"Rad ett\\u000bRad två\"}}"), 400,
						"content.introduction.vision", "kontrolltecken (U+000B)"),
				bad("content: a title too long", "PUT", content, JSON, save("\"" + "x".repeat(301) + "\"", "{}"), 422,
						"title", "högst 300 tecken"),
				bad("content: version as words", "PUT", content, JSON,
						"{\"version\":\"senaste\",\"title\":\"T\",\"content\":{}}", 400, "version",
						"går inte att tolka som ett heltal"),
				bad("content: nothing filled in", "PUT", content, JSON, "{}", 422, "version",
						"content: Innehåll saknas"),
				// --- versions, history, pdf, html ---
				get("version: not a number", this.document + "/versions/senaste", 400, "number",
						"'senaste' går inte att tolka"),
				get("version: beyond any number", this.document + "/versions/99999999999", 400, "number",
						"går inte att tolka"),
				get("version: none such", this.document + "/versions/-1", 404, null, "Version -1 finns inte"),
				get("diff: not a number", this.document + "/versions/diff?from=x&to=1", 400, "from",
						"'x' går inte att tolka"),
				get("diff: nothing to compare", this.document + "/versions/diff", 400, "from",
						"Parametern 'from' saknas"),
				get("history: a lookalike hyphen in the id", lookalike(this.document) + "/history", 404, null,
						"Dokumentet finns inte"),
				get("pdf: preview neither yes nor no", this.document + "/pdf?preview=kanske", 400, "preview",
						"'kanske' går inte att tolka"),
				get("html: traversal", "/api/documents/%2e%2e/html", 400, "path", "'%2e'"),
				// --- POST /api/imports ---
				bad("import: as a file", "POST", imports, "application/octet-stream", "VERKSAMHETSPLAN", 415, null,
						"här tas text/plain emot"),
				badBytes("import: a PNG", "POST", imports, "text/plain",
						new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
								(byte) 0xFF, (byte) 0xD8 },
						400, "text", "inte UTF-8"),
				badBytes("import: Latin-1", "POST", imports, "text/plain",
						"VERKSAMHETSPLAN för Äldreomsorgen".getBytes(StandardCharsets.ISO_8859_1), 400, "text",
						"inte UTF-8"),
				badBytes("import: UTF-16", "POST", imports, "text/plain",
						"\uFEFFVERKSAMHETSPLAN 2031".getBytes(StandardCharsets.UTF_16LE), 400, "text", "UTF-16"),
				badBytes("import: binary that happens to be UTF-8", "POST", imports, "text/plain",
						"VP\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0000\u0000".repeat(50)
							.getBytes(StandardCharsets.UTF_8),
						422, "text", "binärfil"),
				bad("import: no text", "POST", imports, "text/plain", "", 400, null, "Innehåll saknas"),
				bad("import: year as words", "POST", imports + "?unitId=assistansenheten&year=n%C3%A4sta", TEXT, "x",
						400, "year", "'nästa' går inte att tolka"),
				bad("import: Cyrillic а in the unit", "POST",
						imports + "?unitId=%D0%B0ssistansenheten&year=" + (this.year + 1), TEXT, seed(), 422, "unitId",
						"Enheten finns inte"),
				bad("import: traversal as the unit", "POST",
						imports + "?unitId=..%2F..%2Fetc%2Fpasswd&year=" + (this.year + 1), TEXT, seed(), 422, "unitId",
						"Enheten finns inte"),
				bad("import: a year out of range", "POST", imports + "?unitId=assistansenheten&year=99999", TEXT,
						seed(), 422, "year", "Året måste ligga mellan 2000 och 2100"),
				// --- GET / PUT /api/administrations/{id}/cascades/{year} ---
				get("cascade: Cyrillic а in the förvaltning", this.cascade.replace("hagersten", "h%D0%B0gersten"), 404,
						null, "Förvaltningen finns inte"),
				bad("cascade: year as words", "GET", "/api/administrations/hagersten-liljeholmen/cascades/i%20%C3%A5r",
						null, null, 400, "year", "'i år' går inte att tolka"),
				get("cascade: year beyond any number",
						"/api/administrations/hagersten-liljeholmen/cascades/99999999999", 400, "year",
						"går inte att tolka"),
				asController(bad("cascade: not JSON", "PUT", this.cascade, JSON, "[{\"number\": ", 400, null,
						"går inte att läsa som JSON")),
				asController(bad("cascade: an object, not a list", "PUT", this.cascade, JSON, "{}", 400, null,
						"fel form: det ska vara en lista")),
				asController(bad("cascade: an empty goal", "PUT", this.cascade, JSON, "[null]", 422,
						"directionGoals[0]", "tomt (null)")),
				asController(bad("cascade: unknown field", "PUT", this.cascade, JSON, "[{\"nummer\":\"1\"}]", 400,
						"[0].nummer", "finns inte")),
				asController(bad("cascade: a date in year 99999", "PUT", this.cascade, JSON,
						"[" + direction("\"startDate\":\"+99999-01-01\"") + "]", 422,
						"directionGoals[0].councilGoals[0].boardGoals[0].activities[0].startDate",
						"ligger inte mellan 1900 och 2200")),
				asController(bad("cascade: NUL in a title", "PUT", this.cascade, JSON,
						"[{\"number\":\"1\",\"title\":\"Mål\\u0000\"}]", 400, "[0].title", "kontrolltecken")),
				asController(bad("cascade: a year out of range", "PUT",
						"/api/administrations/hagersten-liljeholmen/cascades/1850", JSON,
						"[" + direction("\"startDate\":\"2027-01-01\"") + "]", 422, "year", "Året måste ligga mellan")),
				// --- POST /api/cycles, GET /api/cycles/{id}: nothing may start ---
				asController(bad("cycle: not JSON", "POST", "/api/cycles", JSON, "{\"administrationId\": ", 400, null,
						"går inte att läsa som JSON")),
				asController(bad("cycle: year as words", "POST", "/api/cycles", JSON, cycle("\"nästa år\""), 400,
						"year", "som ett heltal")),
				asController(bad("cycle: a fraction of a year", "POST", "/api/cycles", JSON,
						cycle((this.year + 1) + ".5"), 400, "year", "har fel typ")),
				asController(bad("cycle: a year out of range", "POST", "/api/cycles", JSON, cycle("99999"), 422, "year",
						"Planåret måste ligga mellan")),
				asController(bad("cycle: unknown field", "POST", "/api/cycles", JSON,
						"{\"administrationId\":\"hagersten-liljeholmen\",\"year\":" + (this.year + 1)
								+ ",\"force\":true}",
						400, "force", "finns inte")),
				asController(bad("cycle: Cyrillic а in the förvaltning", "POST", "/api/cycles", JSON,
						"{\"administrationId\":\"h" + CYRILLIC_A + "gersten-liljeholmen\",\"year\":" + (this.year + 1)
								+ "}",
						422, "administrationId", "Förvaltningen finns inte")),
				asController(bad("cycle: SQL in the förvaltning", "POST", "/api/cycles", JSON,
						"{\"administrationId\":\"x' OR '1'='1\",\"year\":" + (this.year + 1) + "}", 422,
						"administrationId", "Förvaltningen finns inte")),
				asController(bad("cycle: NUL in the förvaltning", "POST", "/api/cycles", JSON,
						"{\"administrationId\":\"hagersten\\u0000\",\"year\":" + (this.year + 1) + "}", 400,
						"administrationId", "kontrolltecken")),
				get("cycle: traversal in the id", "/api/cycles/..%2F..%2Fetc%2Fpasswd", 400, null, "ett kodat '/'"),
				get("cycle: Cyrillic а in the id", "/api/cycles/h%D0%B0gersten-liljeholmen-" + this.year, 404, null,
						"finns inte"),
				get("cycle status: Cyrillic а in the id",
						"/api/cycles/h%D0%B0gersten-liljeholmen-" + this.year + "/status", 404, null, "finns inte"),
				// --- units: added and closed by the förvaltning; nothing may be added or
				// closed ---
				asController(bad("unit: traversal as its id", "POST",
						"/api/administrations/hagersten-liljeholmen/units", JSON,
						"{\"id\":\"../../etc\",\"name\":\"Enheten\"}", 422, "id", "a–z, 0–9 och bindestreck")),
				asController(
						bad("unit: Cyrillic а in its id", "POST", "/api/administrations/hagersten-liljeholmen/units",
								JSON, "{\"id\":\"" + CYRILLIC_A + "ssistansenheten\",\"name\":\"Enheten\"}", 422, "id",
								"a–z, 0–9 och bindestreck")),
				asController(bad("unit: NUL in its name", "POST", "/api/administrations/hagersten-liljeholmen/units",
						JSON, "{\"id\":\"nya-enheten\",\"name\":\"Nya\\u0000\"}", 400, "name", "kontrolltecken")),
				asController(bad("unit: unknown field", "POST", "/api/administrations/hagersten-liljeholmen/units",
						JSON, "{\"id\":\"nya-enheten\",\"name\":\"Nya\",\"active\":false}", 400, "active",
						"finns inte")),
				asController(bad("unit: nothing filled in", "POST", "/api/administrations/hagersten-liljeholmen/units",
						JSON, "{}", 422, "name", "id: Enhetens id saknas")),
				asController(bad("unit: one that exists", "POST", "/api/administrations/hagersten-liljeholmen/units",
						JSON, "{\"id\":\"assistansenheten\",\"name\":\"Dubbletten\"}", 409, null,
						"Det finns redan en enhet med id assistansenheten")),
				asController(bad("unit: Cyrillic а in the förvaltning", "POST",
						"/api/administrations/h%D0%B0gersten-liljeholmen/units", JSON,
						"{\"id\":\"nya-enheten\",\"name\":\"Nya\"}", 404, null, "Förvaltningen finns inte")),
				asController(bad("closure: Cyrillic а in the unit", "POST", "/api/units/%D0%B0ssistansenheten/closure",
						JSON, "{\"reason\":\"Verksamheten upphör\"}", 404, null, "Enheten finns inte")),
				asController(bad("closure: no reason", "POST", "/api/units/assistansenheten/closure", JSON, "{}", 422,
						"reason", "Ange varför enheten avvecklas")),
				asController(bad("closure: NUL in the reason", "POST", "/api/units/assistansenheten/closure", JSON,
						"{\"reason\":\"Upph\\u0000\"}", 400, "reason", "kontrolltecken")),
				asController(bad("closure: traversal as the unit", "POST", "/api/units/..%2F..%2Fetc/closure", JSON,
						"{\"reason\":\"Verksamheten upphör\"}", 400, null, "ett kodat '/'")),
				// --- GET /api/administrations/{id}/audit ---
				asController(get("audit: no such day", AUDIT + "?from=2026-02-30", 400, "from",
						"'2026-02-30' går inte att tolka")),
				asController(get("audit: from after to", AUDIT + "?from=2026-05-01&to=2026-04-01", 422, "from",
						"Från-datumet ligger efter till-datumet")),
				asController(get("audit: traversal as the document", AUDIT + "?documentId=..%2F..%2Fetc%2Fpasswd", 400,
						"documentId", "går inte att tolka")),
				asController(get("audit: a limit beyond any number", AUDIT + "?limit=99999999999", 400, "limit",
						"går inte att tolka")),
				asController(get("audit: no entries at all", AUDIT + "?limit=0", 422, "limit",
						"Antalet måste vara mellan 1 och")),
				asController(get("audit: NUL in the unit", AUDIT + "?unitId=assistans%00enheten", 400, "unitId",
						"kontrolltecken")),
				asController(get("audit: not UTF-8", AUDIT + "?unitId=%E5ldre", 400, "unitId", "inte är UTF-8")),
				asController(get("audit: Cyrillic а in the förvaltning",
						"/api/administrations/h%D0%B0gersten-liljeholmen/audit", 403, null,
						"Bara förvaltningen kan läsa förvaltningens logg")),
				bad("import: NUL in the unit", "POST", imports + "?unitId=%00&year=" + (this.year + 1), TEXT, seed(),
						400, "unitId", "kontrolltecken"),
				// --- /api/session ---
				bad("session: changed", "POST", "/api/session", JSON, "{\"userId\":\"admin\"}", 405, null,
						"Metoden POST används inte för den här adressen; använd GET"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void answersInSwedishNamingTheFieldAndChangesNothing(Bad bad) {
		String before = state();

		Answer answer = this.http.send(bad.user(), bad.method(), bad.path(), bad.type(), bad.body());

		assertProblem(answer, bad.status(), bad.field(), bad.detail());
		assertThat(state()).as("nothing changed").isEqualTo(before);
	}

	@Test
	void refusesABodyOver10MegabytesWithAnAnswerTheClientReads() {
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(tooLarge, (byte) ' ');
		String before = state();

		List<Answer> answers = List.of(this.http.send("handlaggare", "POST", "/api/imports", TEXT, tooLarge),
				this.http.send("handlaggare", "PUT", this.document + "/content", JSON, tooLarge),
				this.http.sendChunked("handlaggare", "POST", "/api/imports", TEXT, new ByteArrayInputStream(tooLarge)),
				this.http.sendChunked("handlaggare", "PUT", this.document + "/content", JSON,
						new ByteArrayInputStream(tooLarge)));

		for (Answer answer : answers) {
			assertProblem(answer, 413, "body", "Innehållet är större än 10 MB");
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void takesNegativeAmountsAsTheyAreWritten() {
		Answer saved = this.http.send("handlaggare", "PUT", this.document + "/content", JSON,
				bytes(save("\"Verksamhetsplan med rättelse\"", budget("-1250.5"))));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		Map<String, Object> document = Api.as(this.rest, "handlaggare").get(this.document).getBody();
		assertThat(document.get("content")).asString().contains("amounts=[-1250.5]");
		this.version = ((Number) document.get("version")).longValue();
	}

	@Test
	void keepsInjectedTextAsTextAndRendersItInert() {
		String title = "'; DROP TABLE plan_document; -- <script>alert('utkast')</script>";
		String vision = "<img src=x onerror=alert(1)> \" OR \"1\"=\"1";
		Answer saved = this.http.send("handlaggare", "PUT", this.document + "/content", JSON,
				bytes(save(quote(title), "{\"introduction\":{\"vision\":" + quote(vision) + "}}")));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		this.version = ((Number) ((Map<?, ?>) saved.json().get("document")).get("version")).longValue();

		Map<String, Object> document = Api.as(this.rest, "handlaggare").get(this.document).getBody();
		assertThat(document.get("title")).isEqualTo(title);
		assertThat(document.get("content")).asString().contains(vision);
		Answer html = this.http.send("handlaggare", "GET", this.document + "/html", null, null);
		assertThat(html.body()).doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert('utkast')&lt;/script&gt;");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_document where id::text = ?", Integer.class,
				this.document.substring(this.document.lastIndexOf('/') + 1)))
			.isEqualTo(1);
	}

	@Test
	void takesInjectedTextInAFilterAsText() {
		Answer everything = this.http.send("controller", "GET", AUDIT + "?limit=5", null, null);
		Answer injected = this.http.send("controller", "GET", AUDIT + "?unitId=x%27%20OR%20%271%27%3D%271", null, null);

		assertThat(everything.status()).isEqualTo(200);
		assertThat(everything.body()).as("there is something to leak").contains("\"dnr\"");
		assertThat(injected.status()).isEqualTo(200);
		assertThat(injected.body()).isEqualTo("[]");
	}

	private static void assertProblem(Answer answer, int status, String field, String detail) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at se.arshjul").doesNotContain("<script");
		Map<String, Object> problem = answer.json();
		assertThat(problem).containsEntry("status", status);
		assertThat((String) problem.get("title")).isIn("Felaktig begäran", "Finns inte", "Metoden stöds inte",
				"För stort innehåll", "Innehållstypen stöds inte", "Ogiltiga uppgifter", "Konflikt", "Åtkomst nekad");
		assertThat((String) problem.get("detail")).contains(detail);
		if (field != null) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
			assertThat(errors).as("errors").extracting((e) -> e.get("field")).contains(field);
		}
	}

	/**
	 * What a bad request must leave as it was: the draft, the cascade, the units, every
	 * table.
	 */
	private String state() {
		return Api.as(this.rest, "handlaggare").get(this.document).getBody() + " | "
				+ Api.as(this.rest, "controller").get(this.cascade).getBody() + " | "
				+ this.jdbc.queryForList("select (select count(*) from plan_document), "
						+ "(select count(*) from document_version), (select count(*) from document_event), "
						+ "(select count(*) from goal_cascade), (select count(*) from cycle), "
						+ "(select count(*) from act_ru_execution), "
						+ "(select string_agg(id || ':' || active, ',' order by id) from unit)");
	}

	/**
	 * The document's address with a hyphen of its id written as U+2010, which looks the
	 * same.
	 */
	private static String lookalike(String path) {
		int hyphen = path.lastIndexOf('/') + 9;
		assertThat(path.charAt(hyphen)).isEqualTo('-');
		return path.substring(0, hyphen) + "%E2%80%90" + path.substring(hyphen + 1);
	}

	private static String cycle(String year) {
		return "{\"administrationId\":\"hagersten-liljeholmen\",\"year\":" + year + "}";
	}

	private String create(String year, String type) {
		return "{\"unitId\":\"assistansenheten\",\"year\":" + year + ",\"type\":" + type + "}";
	}

	private String save(String title, String content) {
		return "{\"version\":" + this.version + ",\"title\":" + title + ",\"content\":" + content + "}";
	}

	private static String budget(String amount) {
		return "{\"budgets\":[{\"title\":\"Budget\",\"columns\":[\"Budget\"],\"rows\":[{\"label\":\"Bidrag\","
				+ "\"kind\":\"INCOME\",\"amounts\":[" + amount + "]}]}]}";
	}

	private static String goals(String activityDate) {
		return "{\"directionGoals\":[" + direction(activityDate) + "]}";
	}

	private static String direction(String activityDate) {
		return "{\"number\":\"1\",\"title\":\"Ett hållbart Stockholm\",\"councilGoals\":[{\"number\":\"1.1\","
				+ "\"title\":\"Kommunens mål\",\"boardGoals\":[{\"title\":\"Nämndmålet\",\"activities\":[{\"title\":"
				+ "\"Aktiviteten\"," + activityDate + "}]}]}]}";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String seed() {
		try (java.io.InputStream in = BadInputTest.class
			.getResourceAsStream("/importing/vp-2017-assistansenheten.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static Bad get(String name, String path, int status, String field, String detail) {
		return badBytes(name, "GET", path, null, null, status, field, detail);
	}

	private static Bad delete(String name, String path, int status, String field, String detail) {
		return badBytes(name, "DELETE", path, null, null, status, field, detail);
	}

	private static Bad bad(String name, String method, String path, String type, String body, int status, String field,
			String detail) {
		return badBytes(name, method, path, type, (body == null) ? null : bytes(body), status, field, detail);
	}

	private static Bad badBytes(String name, String method, String path, String type, byte[] body, int status,
			String field, String detail) {
		return new Bad(name, "handlaggare", method, path, type, body, status, field, detail);
	}

	private static Bad asController(Bad bad) {
		return new Bad(bad.name(), "controller", bad.method(), bad.path(), bad.type(), bad.body(), bad.status(),
				bad.field(), bad.detail());
	}

	/** A request and the answer it must get. */
	record Bad(String name, String user, String method, String path, String type, byte[] body, int status, String field,
			String detail) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
