package se.arshjul;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.Jobs;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The förvaltning follows its yearly cycle in Cockpit's Årshjul view, in a headless
 * Debian Chromium against the whole application on PostgreSQL: the controller starts a
 * cycle for a year long past (so every VP is late at once), logs in to Cockpit, opens
 * Årshjul and sees every unit of the förvaltning with its late VP, marked late in words;
 * a handläggare cannot open Cockpit at all. Screenshots go to
 * {@code /tmp/screens/cockpit-*.png}.
 */
@PostgresSpringTest
class CockpitCycleBrowserIT {

	static final List<String> DEMO_UNITS = List.of("Assistansenheten", "Beställarenheten funktionsnedsättning",
			"Beställarenheten äldre");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ManagementService managementService;

	private final List<Chromium> browsers = new ArrayList<>();

	@BeforeAll
	static void debianChromium() throws IOException {
		Chromium.requireDebianChromium();
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Chromium::close);
	}

	@Test
	void controllerSeesEveryUnitOfTheCycleAndItsLateDocumentsInCockpit() {
		int year = TestYears.past();
		ResponseEntity<Map<String, Object>> started = Api.as(this.rest, "controller")
			.post("/api/cycles", Map.of("administrationId", "hagersten-liljeholmen", "year", year));
		assertThat(started.getStatusCode()).as("POST /api/cycles: %s", started.getBody()).isEqualTo(HttpStatus.CREATED);
		String cycleId = (String) started.getBody().get("id");
		runAsynchronousSteps(processInstanceOf(cycleId));
		// Assistansenheten's handläggare completes her draft: a step with a time
		completeDraft(document(status(cycleId), "Assistansenheten", "VP"), year);
		Map<String, Object> status = status(cycleId);
		List<String> units = units(status).stream().map((unit) -> (String) unit.get("unitName")).toList();
		assertThat(units).as("the cycle's units").containsAll(DEMO_UNITS);

		Cockpit cockpit = new Cockpit("controller", "http://localhost:" + this.port);
		this.browsers.add(cockpit);
		cockpit.login("Cecilia Berg");
		assertThat(cockpit.navigation()).as("Cockpit's navigation, in Swedish").contains("Årshjul", "Processer");
		cockpit.openArshjul();
		cockpit.chooseCycle(cycleId, "Dokument per enhet – Hägersten-Liljeholmens stadsdelsförvaltning " + year);
		cockpit.screenshot("cockpit-arshjul");

		assertThat(cockpit.columnHeaders()).as("one column per document type")
			.containsExactly("Enhet", "Verksamhetsplan (VP)", "Tertialrapport 1 (T1)", "Tertialrapport 2 (T2)",
					"Verksamhetsberättelse (VB)");
		assertThat(cockpit.rowHeaders()).as("one row per unit of the cycle, every demo unit among them")
			.containsExactlyInAnyOrderElementsOf(units)
			.containsAll(DEMO_UNITS);
		assertThat(cockpit.cell("Assistansenheten", "VP").getText()).as("the VP's next step")
			.contains("Diskutera på arbetsplatsträff");
		for (String unit : DEMO_UNITS) {
			WebElement vp = cockpit.cell(unit, "VP");
			assertThat(vp.getText()).as("the VP of %s, due long ago", unit)
				.contains("Försenad", "Dnr " + document(status, unit, "VP").get("dnr"),
						"Förfaller " + (year - 1) + "-");
			assertThat(vp.findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-label"))
				.as("the late icon's text alternative")
				.isEqualTo("Varning");
			assertThat(cockpit.cell(unit, "T1").getText()).as("T1 of %s", unit)
				.startsWith("Ej påbörjad – startar " + year + "-");
		}
		assertThat(cockpit.text("arshjul-summary")).as("the summary")
			.startsWith(units.size() + " enheter")
			.contains("försenade dokument");
		assertThat(cockpit.driver.findElement(By.id("arshjul-csv")).getAttribute("href"))
			.endsWith("/api/cycles/" + cycleId + "/status?format=csv");
		assertThat(cockpit.download("arshjul-csv")).as("the CSV the link downloads with the Cockpit session")
			.startsWith("200 text/csv")
			.contains("Assistansenheten", "Beställarenheten äldre");
		assertThat(cockpit.texts(By.cssSelector("#arshjul-steps caption, #arshjul-steps thead th"))).containsExactly(
				"Genomsnittlig och längsta tid per avslutat steg (flaskhalsar)", "Steg", "Avslutade",
				"Genomsnittlig tid", "Längsta tid", "Längst tid (Dnr)");
		assertThat(cockpit.texts(By.cssSelector("#arshjul-steps tbody tr[data-step=Task_Draft] > *")))
			.as("the draft step: its name, how many were completed, the average and slowest time")
			.hasSize(5)
			.startsWith("Skriv utkast", "1");

		// the filter narrows the matrix to the units whose name matches
		cockpit.filter("äldre");
		assertThat(cockpit.rowHeaders()).containsExactly("Beställarenheten äldre");
		assertThat(cockpit.text("arshjul-summary")).contains("Visar 1 av " + units.size() + " enheter");
		cockpit.filter("");
		assertThat(cockpit.rowHeaders()).hasSameSizeAs(units);

		// a cell's Dnr leads to the document's process instance in Cockpit
		Map<String, Object> vp = document(status, "Assistansenheten", "VP");
		assertThat(cockpit.openDocument("Assistansenheten", "VP", (String) vp.get("dnr")))
			.as("Cockpit's instance view of the VP")
			.isEqualTo("shown");
		assertThat(cockpit.driver.getCurrentUrl())
			.contains("#/process-instance/" + vp.get("processInstanceId") + "/runtime");
		cockpit.screenshot("cockpit-document-instance");
	}

	@Test
	void handlaggareCannotOpenCockpit() {
		Cockpit cockpit = new Cockpit("handlaggare", "http://localhost:" + this.port);
		this.browsers.add(cockpit);
		cockpit.step("login refused", () -> {
			cockpit.submitLogin("cockpit");
			cockpit.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"),
					"Inloggningen misslyckades"));
		});
		cockpit.screenshot("cockpit-handlaggare-refused");
		cockpit.driver.get(cockpit.baseUrl + "/camunda/app/cockpit/default/#/arshjul");
		cockpit.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
		assertThat(cockpit.driver.findElements(By.id("arshjul-matrix"))).as("no Årshjul without Cockpit").isEmpty();
	}

	/** The cycle starts its units asynchronously; the job executor is off in tests. */
	private void runAsynchronousSteps(String processInstanceId) {
		Jobs.runAll(this.managementService, processInstanceId);
	}

	private Map<String, Object> status(String cycleId) {
		ResponseEntity<Map<String, Object>> status = Api.as(this.rest, "controller")
			.get("/api/cycles/" + cycleId + "/status");
		assertThat(status.getStatusCode()).as("the cycle's status: %s", status.getBody()).isEqualTo(HttpStatus.OK);
		return status.getBody();
	}

	private void completeDraft(Map<String, Object> vp, int year) {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		Map<String, Object> document = new HashMap<>(
				handlaggare.get("/api/documents/" + vp.get("documentId")).getBody());
		String title = "Verksamhetsplan " + year + " för Assistansenheten";
		document.put("title", title);
		handlaggare.writePlan(document);
		Map<String, Object> draft = handlaggare.task((String) vp.get("processInstanceId"));
		assertThat(draft).as("the VP's open task").containsEntry("taskDefinitionKey", "Task_Draft");
		assertThat(handlaggare.complete((String) draft.get("id"),
				Map.of("title", title, "vision", "Assistansenheten ger personlig assistans enligt LSS.", "description",
						"Enheten har cirka 240 personliga assistenter.")))
			.extracting(ResponseEntity::getStatusCode)
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private String processInstanceOf(String cycleId) {
		ResponseEntity<List<Map<String, Object>>> cycles = Api.as(this.rest, "controller").getList("/api/cycles");
		assertThat(cycles.getStatusCode()).isEqualTo(HttpStatus.OK);
		return cycles.getBody()
			.stream()
			.filter((cycle) -> cycleId.equals(cycle.get("id")))
			.map((cycle) -> (String) cycle.get("processInstanceId"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(cycleId + " is not among the controller's cycles"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> units(Map<String, Object> status) {
		return (List<Map<String, Object>>) status.get("units");
	}

	/** A unit's document of a type, as the status has it. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> document(Map<String, Object> status, String unitName, String type) {
		return units(status).stream()
			.filter((unit) -> unitName.equals(unit.get("unitName")))
			.flatMap((unit) -> ((List<Map<String, Object>>) unit.get("documents")).stream())
			.filter((document) -> type.equals(document.get("type")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " of " + unitName + " in " + status));
	}

	/** One user's Cockpit, with the Årshjul view. */
	static final class Cockpit extends Chromium {

		Cockpit(String user, String baseUrl) {
			super(user, baseUrl);
		}

		void login(String fullName) {
			step("login", () -> {
				submitLogin("cockpit");
				this.wait
					.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
				this.wait.until(
						ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.account > a"), fullName));
			});
		}

		/** The entries of Cockpit's navigation bar. */
		List<String> navigation() {
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(arshjulLink()));
			return this.driver.findElements(By.cssSelector("[cam-widget-header] .sections-menu li a"))
				.stream()
				.map((link) -> link.getText().strip())
				.filter((text) -> !text.isEmpty())
				.toList();
		}

		void openArshjul() {
			step("open Årshjul", () -> {
				this.wait.until(ExpectedConditions.elementToBeClickable(arshjulLink())).click();
				this.wait.until(ExpectedConditions.urlContains("#/arshjul"));
				this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("arshjul-matrix")));
			});
		}

		/** Picks a cycle and waits until the matrix shows it. */
		void chooseCycle(String cycleId, String caption) {
			step("choose " + cycleId, () -> {
				new Select(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("arshjul-cycle"))))
					.selectByValue(cycleId);
				this.wait.until(ExpectedConditions
					.textToBePresentInElementLocated(By.cssSelector("#arshjul-matrix caption"), caption));
			});
		}

		List<String> columnHeaders() {
			return texts(By.cssSelector("#arshjul-matrix thead th[scope=col]"));
		}

		/** The units the matrix shows (filtered rows are hidden). */
		List<String> rowHeaders() {
			return this.driver.findElements(By.cssSelector("#arshjul-matrix tbody tr"))
				.stream()
				.filter(WebElement::isDisplayed)
				.map((row) -> row.findElement(By.cssSelector("th[scope=row] .arshjul-unit")).getText().strip())
				.toList();
		}

		WebElement cell(String unit, String type) {
			return this.driver.findElement(By.xpath("//table[@id='arshjul-matrix']/tbody/tr[th[@scope='row']"
					+ "/span[@class='arshjul-unit'][normalize-space(.)=" + xpathLiteral(unit) + "]]/td[@data-type="
					+ xpathLiteral(type) + "]"));
		}

		void filter(String text) {
			step("filter " + text, () -> {
				WebElement input = this.driver.findElement(By.id("arshjul-filter"));
				input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
				input.sendKeys(text);
				this.wait.until((driver) -> text.isEmpty() == !text("arshjul-summary").contains("Visar "));
			});
		}

		/**
		 * Follows the cell's link to Cockpit's view of the document's process instance;
		 * "shown" once the view shows the Dnr (its business key), else Cockpit's message.
		 */
		String openDocument(String unit, String type, String dnr) {
			String[] outcome = new String[1];
			step("open " + type + " of " + unit, () -> {
				cell(unit, type).findElement(By.tagName("a")).click();
				this.wait.until(ExpectedConditions.urlContains("#/process-instance/"));
				outcome[0] = this.wait.until((driver) -> {
					List<WebElement> errors = driver.findElements(By.cssSelector(".notifications .alert-danger"));
					if (!errors.isEmpty()) {
						return "error: " + errors.get(0).getText();
					}
					return driver.findElement(By.tagName("body")).getText().contains(dnr) ? "shown" : null;
				});
			});
			return outcome[0];
		}

		/**
		 * Fetches what a link points to with the page's session, as a click would: the
		 * status, the content type and the body.
		 */
		String download(String linkId) {
			return (String) ((JavascriptExecutor) this.driver).executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							fetch(document.getElementById(arguments[0]).href, { credentials: 'same-origin' })
							  .then((r) => r.text().then((t) => done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t)))
							  .catch((e) => done('error ' + e));
							""",
					linkId);
		}

		String text(String id) {
			return this.driver.findElement(By.id(id)).getText();
		}

		List<String> texts(By by) {
			return this.driver.findElements(by).stream().map((element) -> element.getText().strip()).toList();
		}

		private static By arshjulLink() {
			return By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Årshjul']");
		}

	}

}
