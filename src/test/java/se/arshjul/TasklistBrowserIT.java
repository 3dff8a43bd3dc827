package se.arshjul;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle's first steps as real users do them: in the real Camunda Tasklist, in a
 * headless Debian Chromium driven by Selenium, against the whole application on
 * PostgreSQL. A handläggare writes the draft and records the APT, the enhetschef approves
 * it, and a handläggare of another unit sees none of it. Screenshots go to
 * {@code /tmp/screens}.
 */
@PostgresSpringTest
class TasklistBrowserIT {

	static final Path SCREENS = Chromium.SCREENS;

	static final String DRAFT = "Skriv utkast";

	static final String APT = "Diskutera på arbetsplatsträff (APT)";

	static final String SIGN_OFF = "Enhetschefens godkännande";

	static final String MY_TASKS = "Mina uppgifter";

	static final String MY_GROUP_TASKS = "Min grupps uppgifter";

	static final String OVERDUE = "Försenade";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	private final List<Tasklist> browsers = new ArrayList<>();

	@BeforeAll
	static void debianChromium() throws IOException {
		Chromium.requireDebianChromium();
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Tasklist::close);
	}

	@Test
	void handlaggareWritesDraftEnhetschefApprovesAndOtherUnitSeesNothing() {
		Map<String, Object> created = api("handlaggare", HttpMethod.POST, "/api/documents",
				Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"), HttpStatus.CREATED);
		String id = (String) created.get("id");
		String dnr = (String) created.get("dnr");
		// the unit's goals and budget come from last year's plan (an import or the
		// editor)
		se.arshjul.support.Api.as(this.rest, "handlaggare").writePlan(created);
		String title = "Verksamhetsplan " + created.get("year") + " – Assistansenheten";

		// handläggaren finds the new draft task among her group's tasks and opens it
		Tasklist handlaggare = login("handlaggare", "Hanna Lind");
		handlaggare.showFilter(MY_GROUP_TASKS);
		handlaggare.waitForTaskInList(DRAFT);
		handlaggare.screenshot("handlaggare-tasklist");
		handlaggare.openTask(DRAFT, dnr);
		String draftLink = handlaggare.driver.getCurrentUrl();
		assertThat(handlaggare.fieldLabels()).contains("Dokument", "Diarienummer (Dnr)", "Titel",
				"Verksamhetsidé och värdegrund", "Verksamhetsbeskrivning", "Kvalitets- och utvecklingsarbete",
				"Övriga frågor");
		assertThat(handlaggare.field("Titel").getAttribute("value")).as("the proposed title")
			.startsWith("Verksamhetsplan");

		// a handläggare of another unit sees the task in none of her lists, nor through a
		// link to it
		Tasklist handlaggare2 = login("handlaggare2", "Hassan Ali");
		for (String filter : List.of(MY_TASKS, MY_GROUP_TASKS, OVERDUE)) {
			handlaggare2.showFilter(filter);
			assertThat(handlaggare2.dnrsOfListedTasks()).as("Dnr of the tasks handlaggare2 sees in %s", filter)
				.doesNotContain(dnr);
		}
		handlaggare2.screenshot("handlaggare2-tasklist");
		handlaggare2.driver.get(draftLink);
		handlaggare2.waitForNotification("Uppgiften finns inte");
		assertThat(handlaggare2.driver.findElements(By.cssSelector("section.task-card form"))).as("no form of the task")
			.isEmpty();
		handlaggare2.close();

		// she claims the draft, writes it and completes it
		handlaggare.claim("Hanna Lind");
		handlaggare.type("Titel", title, true);
		handlaggare.type("Verksamhetsidé och värdegrund",
				"Vi ger personlig assistans med hög kvalitet, så att den enskilde kan leva som andra.", true);
		handlaggare.type("Verksamhetsbeskrivning", "Enheten har 240 personliga assistenter och tolv arbetsledare.",
				true);
		handlaggare.type("Kvalitets- och utvecklingsarbete", "Vi följer upp genomförandeplanerna varje kvartal.", true);
		handlaggare.screenshot("draft-form");
		handlaggare.complete(DRAFT);

		// then the APT task, already hers as the draft's author, with the date of the
		// meeting
		handlaggare.showFilter(MY_TASKS);
		handlaggare.openTask(APT, dnr);
		assertThat(handlaggare.fieldLabels()).contains("Datum för arbetsplatsträffen (APT)",
				"Vad medarbetarna tog upp");
		handlaggare.type("Datum för arbetsplatsträffen (APT)", "2026-11-03", false);
		handlaggare.type("Vad medarbetarna tog upp", "Medarbetarna ville prioritera kompetensutveckling.", false);
		handlaggare.screenshot("apt-form");
		handlaggare.complete(APT);
		handlaggare.close();

		Map<String, Object> afterApt = api("handlaggare", HttpMethod.GET, "/api/documents/" + id, null, HttpStatus.OK);
		assertThat(afterApt).containsEntry("status", "SIGN_OFF")
			.containsEntry("title", title)
			.containsEntry("aptDate", "2026-11-03");

		// the enhetschef approves
		Tasklist enhetschef = login("enhetschef", "Erik Sandberg");
		enhetschef.showFilter(MY_GROUP_TASKS);
		enhetschef.openTask(SIGN_OFF, dnr);
		assertThat(enhetschef.fieldLabels()).contains("Dokument", "Diarienummer (Dnr)", "Beslut",
				"Kommentar (krävs när du skickar tillbaka)");
		assertThat(enhetschef.options("Beslut")).containsExactly("Godkänn", "Skicka tillbaka till handläggaren");
		assertThat(enhetschef.driver
			.findElement(
					By.xpath("//section[contains(@class,'task-card')]//form//a[contains(., 'Läs dokumentet som PDF')]"))
			.getAttribute("href")).as("the enhetschef can read what she approves")
			.endsWith("/api/documents/" + id + "/pdf?preview=true");
		assertThat(enhetschef.field("Dokument").getAttribute("value")).as("the title as the handläggare wrote it")
			.isEqualTo(title);
		enhetschef.claim("Erik Sandberg");
		enhetschef.choose("Beslut", "Godkänn");
		enhetschef.screenshot("sign-off-form");
		enhetschef.complete(SIGN_OFF);
		enhetschef.close();

		assertThat(api("enhetschef", HttpMethod.GET, "/api/documents/" + id, null, HttpStatus.OK))
			.containsEntry("status", "REVIEW");
	}

	private Tasklist login(String user, String fullName) {
		Tasklist tasklist = new Tasklist(user, "http://localhost:" + this.port);
		this.browsers.add(tasklist);
		tasklist.login(fullName);
		return tasklist;
	}

	private Map<String, Object> api(String user, HttpMethod method, String path, Object body, HttpStatus expected) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth(user, "demo")
			.exchange(path, method, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
			.isEqualTo(expected);
		return response.getBody();
	}

	/** One user's own headless Chromium on the Camunda Tasklist. */
	static final class Tasklist extends Chromium {

		Tasklist(String user, String baseUrl) {
			super(user, baseUrl);
		}

		void login(String fullName) {
			step("login", () -> {
				submitLogin("tasklist");
				this.wait
					.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
				this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.task-filter")));
				this.wait.until(
						ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.account > a"), fullName));
			});
		}

		/** Clicks a filter and waits until its list has loaded. */
		void showFilter(String name) {
			step("filter " + name, () -> {
				By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4/a[starts-with(normalize-space(.),"
						+ xpathLiteral(name) + ")]]");
				this.wait.until(ExpectedConditions.elementToBeClickable(filter)).findElement(By.tagName("a")).click();
				this.wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
				this.wait.until(listLoaded());
			});
		}

		/**
		 * The focused filter's counter shows as many tasks as the list holds (at most a
		 * page).
		 */
		private ExpectedCondition<Boolean> listLoaded() {
			return (driver) -> {
				List<WebElement> counter = driver.findElements(By.cssSelector("div.task-filter.active span.counter"));
				if (counter.isEmpty() || !counter.get(0).isDisplayed()) {
					return false;
				}
				String count = counter.get(0).getText().strip();
				if (!count.matches("\\d+")) {
					return false;
				}
				int expected = Math.min(Integer.parseInt(count), 15);
				if (!driver.findElements(By.cssSelector("[cam-tasks] .loader"))
					.stream()
					.noneMatch(WebElement::isDisplayed)) {
					return false;
				}
				return driver.findElements(By.cssSelector("ol.tasks-list > li.task")).size() == expected;
			};
		}

		void waitForTaskInList(String taskName) {
			step("task " + taskName + " in list",
					() -> this.wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(taskName))));
		}

		/**
		 * Opens the task of that name whose form shows the Dnr, as a user would: one
		 * after another.
		 */
		void openTask(String taskName, String dnr) {
			step("open " + taskName + " of " + dnr, () -> {
				waitForTaskInList(taskName);
				int count = this.driver.findElements(taskLink(taskName)).size();
				List<String> seen = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					String shown = openListedTask(i, taskName);
					if (dnr.equals(shown)) {
						return;
					}
					seen.add(shown);
				}
				throw new AssertionError(taskName + " of " + dnr + " is not listed; the listed ones are of " + seen);
			});
		}

		/**
		 * Opens the i-th listed task of that name (any name when null) and returns the
		 * Dnr its form shows.
		 */
		private String openListedTask(int index, String taskName) {
			By links = taskName == null ? By.cssSelector("ol.tasks-list li.task h4 a") : taskLink(taskName);
			WebElement link = this.wait
				.until(ExpectedConditions.elementToBeClickable(this.driver.findElements(links).get(index)));
			String name = link.getText().strip();
			String href = link.getAttribute("href");
			link.click();
			this.wait.until(ExpectedConditions.urlContains(href.substring(href.indexOf("task="))));
			this.wait.until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), name));
			return this.wait.until((driver) -> {
				String value = field("Diarienummer (Dnr)").getAttribute("value");
				return (value == null || value.isBlank()) ? null : value;
			});
		}

		/** The Dnr of every task in the current list, read from each task's form. */
		List<String> dnrsOfListedTasks() {
			List<String> dnrs = new ArrayList<>();
			step("read listed tasks", () -> {
				int count = this.driver.findElements(By.cssSelector("ol.tasks-list li.task h4 a")).size();
				for (int i = 0; i < count; i++) {
					dnrs.add(openListedTask(i, null));
				}
			});
			return dnrs;
		}

		void claim(String fullName) {
			step("claim", () -> {
				this.wait
					.until(ExpectedConditions.elementToBeClickable(By.cssSelector("section.task-card button.claim")))
					.click();
				this.wait.until(ExpectedConditions
					.invisibilityOfElementLocated(By.cssSelector("section.task-card button.claim")));
				this.wait.until(ExpectedConditions
					.textToBePresentInElementLocated(By.cssSelector("section.task-card header"), fullName));
			});
		}

		/**
		 * The labels of the open task's form, without the asterisk of required fields.
		 */
		List<String> fieldLabels() {
			this.wait.until(
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card form.fjs-form")));
			return this.driver
				.findElements(By.cssSelector(
						"section.task-card form.fjs-form .fjs-form-field > label.fjs-form-field-label:first-child"))
				.stream()
				.map((label) -> label.getText().replace("*", "").strip())
				.toList();
		}

		/** The input of the open form's field with this label. */
		WebElement field(String label) {
			WebElement element = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By
				.xpath("//section[contains(@class,'task-card')]//form//label[contains(@class,'fjs-form-field-label')]"
						+ "[normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]")));
			return this.driver.findElement(By.id(element.getAttribute("for")));
		}

		void type(String label, String text, boolean replace) {
			step("type " + label, () -> {
				WebElement input = this.wait.until(ExpectedConditions.elementToBeClickable(field(label)));
				if (replace) {
					input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
				}
				input.sendKeys(text);
				this.wait.until((driver) -> text.equals(field(label).getAttribute("value")));
			});
		}

		/** The option labels of a radio group. */
		List<String> options(String label) {
			return radioGroup(label).findElements(By.xpath("./label[position()>1]"))
				.stream()
				.map((option) -> option.getText().strip())
				.toList();
		}

		void choose(String label, String option) {
			step("choose " + option, () -> {
				WebElement choice = radioGroup(label)
					.findElement(By.xpath("./label[position()>1][normalize-space(.)=" + xpathLiteral(option) + "]"));
				this.wait.until(ExpectedConditions.elementToBeClickable(choice)).click();
				this.wait.until(ExpectedConditions.elementToBeSelected(choice.findElement(By.tagName("input"))));
			});
		}

		private WebElement radioGroup(String label) {
			return this.wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'fjs-form-field-radio')]"
							+ "[label[1][normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]]")));
		}

		/**
		 * Clicks Complete and waits until the task has left the list, or fails with
		 * Tasklist's message.
		 */
		void complete(String taskName) {
			step("complete " + taskName, () -> {
				By button = By.cssSelector("section.task-card button[ng-click='complete()']");
				WebElement complete = this.wait.until(ExpectedConditions.elementToBeClickable(button));
				((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
						complete);
				new WebDriverWait(this.driver, WAIT).ignoring(ElementClickInterceptedException.class)
					.ignoring(StaleElementReferenceException.class)
					.until((driver) -> {
						driver.findElement(button).click();
						return true;
					});
				String outcome = this.wait.until((driver) -> {
					List<WebElement> errors = driver.findElements(By.cssSelector(".notifications .alert-danger"));
					if (!errors.isEmpty()) {
						return "error: " + errors.get(0).getText();
					}
					boolean taskClosed = driver.findElements(By.cssSelector("section.task-card h2.task")).isEmpty();
					return taskClosed ? "completed" : null;
				});
				assertThat(outcome).as("what Tasklist shows after Complete").isEqualTo("completed");
			});
		}

		void waitForNotification(String text) {
			step("notification " + text, () -> this.wait.until(
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications .alert"), text)));
		}

		private static By taskLink(String taskName) {
			return By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4/a[normalize-space(.)="
					+ xpathLiteral(taskName) + "]");
		}

	}

}
