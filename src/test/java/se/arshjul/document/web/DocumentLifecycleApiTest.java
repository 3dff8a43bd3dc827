package se.arshjul.document.web;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.PlanContent;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verksamhetsplan's whole lifecycle through the REST APIs as the demo users, on a real
 * PostgreSQL, down to the adopted PDF.
 */
@PostgresSpringTest
class DocumentLifecycleApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void runsWholeLifecycleAsDemoUsersAndServesSealedPdf() throws Exception {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		int year = TestYears.next();
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		String dnr = (String) created.getBody().get("dnr");
		String processInstanceId = (String) created.getBody().get("processInstanceId");
		assertThat(dnr).matches("\\d+-\\d{4}-1\\.1");
		assertThat(created.getHeaders().getLocation()).hasToString("/api/documents/" + id);
		assertThat(handlaggare.getBytes("/api/documents/" + id + "/pdf").getStatusCode()).as("no PDF before adoption")
			.isEqualTo(HttpStatus.NOT_FOUND);

		Map<String, Object> draft = handlaggare.task(processInstanceId);
		assertThat(draft.get("taskDefinitionKey")).isEqualTo("Task_Draft");
		handlaggare.writePlan(created.getBody());
		assertThat(handlaggare.complete((String) draft.get("id"),
				Map.of("title", "Verksamhetsplan " + year + " för Assistansenheten", "vision",
						"Assistansenheten ger personlig assistans enligt LSS.", "description",
						"Enheten har cirka 240 personliga assistenter.")))
			.extracting(ResponseEntity::getStatusCode)
			.isEqualTo(HttpStatus.NO_CONTENT);

		Map<String, Object> apt = handlaggare.task(processInstanceId);
		assertThat(apt.get("taskDefinitionKey")).isEqualTo("Task_AptDiscussion");
		assertThat(handlaggare
			.complete((String) apt.get("id"),
					Map.of("aptDate", "2026-11-03", "aptNotes", "Planen diskuterades i alla arbetslag."))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		Map<String, Object> signOff = Api.as(this.rest, "enhetschef").task(processInstanceId);
		assertThat(signOff.get("taskDefinitionKey")).isEqualTo("Task_SignOff");
		assertThat(
				handlaggare.complete((String) signOff.get("id"), Map.of("signOffDecision", "approve")).getStatusCode())
			.as("a handläggare may not sign off")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "enhetschef")
			.complete((String) signOff.get("id"), Map.of("signOffDecision", "approve"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		Map<String, Object> review = Api.as(this.rest, "controller").task(processInstanceId);
		assertThat(review.get("taskDefinitionKey")).isEqualTo("Task_Review");
		assertThat(Api.as(this.rest, "controller")
			.complete((String) review.get("id"), Map.of("reviewDecision", "approve", "comment", "Bra plan."))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		Api secretary = Api.as(this.rest, "namndsekreterare");
		Map<String, Object> board = secretary.task(processInstanceId);
		assertThat(board.get("taskDefinitionKey")).isEqualTo("Task_BoardDecision");
		assertThat(secretary
			.complete((String) board.get("id"),
					Map.of("boardDecision", "adopted", "meetingDate", "2026-12-10", "paragraph", "§ 12"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(handlaggare.get("/api/documents/" + id).getBody().get("status")).isEqualTo("RENDERING");

		// the job executor is off in tests: the administrator runs the render job through
		// the API
		Api admin = Api.as(this.rest, "admin");
		Map<String, Object> renderJob = admin.getList("/engine-rest/job?processInstanceId=" + processInstanceId)
			.getBody()
			.get(0);
		assertThat(admin.post("/engine-rest/job/" + renderJob.get("id") + "/execute", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		Map<String, Object> adopted = handlaggare.get("/api/documents/" + id).getBody();
		assertThat(adopted.get("status")).isEqualTo("ADOPTED");
		assertThat(adopted.get("statusLabel")).isEqualTo("Fastställd");

		ResponseEntity<byte[]> pdf = Api.as(this.rest, "handlaggare2").getBytes("/api/documents/" + id + "/pdf");
		assertThat(pdf.getStatusCode()).as("an adopted document is a public record").isEqualTo(HttpStatus.OK);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody()));
		assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256);
		assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Dnr: " + dnr)
				.contains("Sid 1 (")
				.contains("Verksamhetsplan " + year + " för Assistansenheten")
				.contains("§ 12")
				.contains("2026-12-10")
				.contains("Hägersten-Liljeholmens stadsdelsnämnd")
				.contains("Assistansenheten ger personlig assistans enligt LSS.")
				.contains("arbetsplatsträffen 2026-11-03");
		}
		assertThat(Api.as(this.rest, "handlaggare").getBytes("/api/documents/" + id + "/pdf").getBody())
			.as("served byte for byte as stored")
			.isEqualTo(pdf.getBody());

		// the first tertial report follows up the adopted plan: same goals, indicators
		// and activities
		ResponseEntity<Map<String, Object>> t1 = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "T1"));
		assertThat(t1.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		PlanContent followUp = this.json.convertValue(t1.getBody().get("content"), PlanContent.class);
		assertThat(followUp.directionGoals())
			.isEqualTo(Assistansenheten2017.vp().toFollowUp(DocumentKind.T1).directionGoals());
		assertThat(t1.getBody().get("title")).isEqualTo("Tertialrapport 1 " + year + " för Assistansenheten");
	}

	@Test
	void previewsDraftWatermarkedWithoutStoringIt() throws Exception {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		Map<String, Object> created = handlaggare
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getBody();
		Map<String, Object> draft = handlaggare.task((String) created.get("processInstanceId"));
		handlaggare.writePlan(created);
		handlaggare.complete((String) draft.get("id"),
				Map.of("title", "Plan för förhandsgranskning", "vision", "Vår idé är trygghet."));
		String path = "/api/documents/" + created.get("id") + "/pdf";

		ResponseEntity<byte[]> preview = handlaggare.getBytes(path + "?preview=true");

		assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(preview.getHeaders().getCacheControl()).isEqualTo("no-store");
		try (PDDocument document = Loader.loadPDF(preview.getBody())) {
			assertThat(new PDFTextStripper().getText(document)).containsIgnoringCase("utkast")
				.contains("Vår idé är trygghet.")
				.contains("Dnr: " + created.get("dnr"));
		}
		assertThat(handlaggare.getBytes(path).getStatusCode()).as("a preview is never the adopted version")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(Api.as(this.rest, "handlaggare2").getBytes(path + "?preview=true").getStatusCode())
			.as("another unit sees no draft")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAFollowUpWithoutAnAdoptedPlan() {
		ResponseEntity<Map<String, Object>> refused = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "T2"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) refused.getBody().get("detail")).startsWith("type: Tertialrapport 2 följer upp")
			.contains("ingen fastställd verksamhetsplan");
	}

	@Test
	void refusesCompletionThroughEngineRestWithEveryProblemNamedAndKeepsTaskOpen() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		Map<String, Object> created = handlaggare
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getBody();
		String processInstanceId = (String) created.get("processInstanceId");
		Map<String, Object> draft = handlaggare.task(processInstanceId);
		handlaggare.writePlan(created);
		handlaggare.complete((String) draft.get("id"), Map.of("title", "Plan", "vision", "Text"));
		Map<String, Object> apt = handlaggare.task(processInstanceId);

		ResponseEntity<Map<String, Object>> refused = handlaggare.complete((String) apt.get("id"),
				Map.of("aptDate", "2026-02-30"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) refused.getBody().get("message")).contains("aptDate")
			.contains("'2026-02-30' är inget giltigt datum");
		assertThat(handlaggare.task(processInstanceId).get("id")).as("the task stays open").isEqualTo(apt.get("id"));
		assertThat(handlaggare.get("/api/documents/" + created.get("id")).getBody().get("status"))
			.isEqualTo("APT_DISCUSSION");
	}

}
