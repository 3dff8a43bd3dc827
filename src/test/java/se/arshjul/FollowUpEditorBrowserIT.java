package se.arshjul;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.TasklistBrowserIT.Tasklist;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor for a follow-up (here a T1) as a handläggare uses it: the unit's VP of a
 * fresh year is adopted through the API, the T1 is created from it, and she opens its
 * draft from Tasklist in a headless Debian Chromium. The goal texts are read-only; she
 * sees that the enhetsmål are not assessed, fills in the outcome of the indicators due
 * per tertial, assesses every enhetsmål, and completes the draft. Screenshots go to
 * {@code /tmp/screens/followup-*.png}.
 */
@PostgresSpringTest
class FollowUpEditorBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	private final List<Tasklist> browsers = new ArrayList<>();

	@BeforeAll
	static void debianChromium() throws IOException {
		TasklistBrowserIT.debianChromium();
		Files.createDirectories(TasklistBrowserIT.SCREENS);
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Tasklist::close);
	}

	@Test
	void handlaggareFillsInTheT1AndCompletesTheDraft() {
		int year = TestYears.next();
		adoptVp(year);
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "T1"));
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		String dnr = (String) created.getBody().get("dnr");

		Tasklist tasklist = new Tasklist("handlaggare", "http://localhost:" + this.port);
		this.browsers.add(tasklist);
		tasklist.login("Hanna Lind");
		tasklist.showFilter(TasklistBrowserIT.MY_GROUP_TASKS);
		tasklist.openTask(TasklistBrowserIT.DRAFT, dnr);
		tasklist.claim("Hanna Lind");
		WebDriver driver = tasklist.driver;
		WebElement editorLink = tasklist.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//section[contains(@class,'task-card')]//form//a[contains(., 'Öppna redigeraren för hela planen')]")));
		Set<String> windows = driver.getWindowHandles();
		editorLink.click();
		tasklist.wait
			.until((d) -> d.getWindowHandles().size() > windows.size() || d.getCurrentUrl().contains("/editor/"));
		driver.getWindowHandles()
			.stream()
			.filter((w) -> !windows.contains(w))
			.findFirst()
			.ifPresent((w) -> driver.switchTo().window(w));
		tasklist.wait.until(ExpectedConditions.urlContains("/editor/?id=" + id));
		tasklist.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan")));
		assertThat(driver.findElement(By.id("doc-dnr")).getText()).isEqualTo(dnr);
		assertThat(driver.findElement(By.id("doc-status")).getText()).isEqualTo("Utkast");

		// the goal texts come from the adopted VP and are read-only
		assertThat(driver.findElements(By.cssSelector("[data-path$='.unitGoals[0].title']"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("[data-path$='.unitTarget']"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("button[data-add-unit-goal]"))).isEmpty();
		assertThat(driver.findElements(
				By.xpath("//legend[contains(., 'Vi bedriver verksamhet med minsta möjliga miljöbelastning.')]")))
			.hasSize(1);
		// only the indicators followed up per tertial are required in a T1
		List<WebElement> required = driver.findElements(By.cssSelector("fieldset.outcome[data-required='true']"));
		assertThat(required).hasSize(3);
		assertThat(driver.findElements(By.cssSelector("fieldset.outcome[data-required='false']"))).isNotEmpty();
		List<WebElement> assessments = driver.findElements(By.cssSelector("select[data-path$='.assessment']"));
		assertThat(assessments).hasSizeGreaterThan(5);
		assertThat(driver.findElement(By.cssSelector("label[for='" + assessments.get(0).getAttribute("id") + "']"))
			.getText()).isEqualTo("Bedömning (prognos för helåret)");
		assertThat(new Select(assessments.get(0)).getOptions()).extracting(WebElement::getText)
			.containsExactly("Inte bedömt", "Uppfylls helt", "Uppfylls delvis", "Uppfylls inte");
		assertThat(driver.findElements(By.xpath("//table[contains(@class,'budget-table')]//thead//th")))
			.extracting(WebElement::getText)
			.contains("Utfall", "Budget", "Avvikelse", "Prognos");
		assertThat(driver.findElements(By.cssSelector("select[data-path$='.status']"))).isNotEmpty();
		assertEveryInputHasALabel(driver);
		tasklist.screenshot("followup-1-loaded");

		// she fills in the outcome of the first indicator due this tertial; after the
		// autosave the unassessed enhetsmål are shown as errors
		String firstIndicator = required.get(0).getAttribute("data-path");
		WebElement outcome = input(driver, firstIndicator + ".periodOutcome");
		assertThat(label(driver, outcome)).isEqualTo("Periodens utfall (krävs)");
		scrollTo(driver, outcome);
		outcome.sendKeys("6,8 %");
		input(driver, firstIndicator + ".outcomeWomen").sendKeys("7,1 %");
		input(driver, firstIndicator + ".outcomeMen").sendKeys("5,2 %");
		input(driver, firstIndicator + ".samePeriodLastYear").sendKeys("7,4 %");
		input(driver, firstIndicator + ".forecastYear").sendKeys("7 %");
		waitUntilSaved(tasklist);
		WebElement firstAssessment = driver.findElements(By.cssSelector("select[data-path$='.assessment']")).get(0);
		String messages = firstAssessment.getAttribute("id") + "-msg";
		tasklist.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(messages), "är inte bedömt"));
		assertThat(driver.findElement(By.cssSelector("#" + messages + " .finding.error")).getText())
			.startsWith("Fel: Enhetsmålet")
			.contains("är inte bedömt");
		assertThat(firstAssessment.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElements(By.cssSelector("#findings li.error"))).hasSize(assessments.size() + 2);
		assertThat(driver.findElements(By.cssSelector("fieldset.outcome.has-error"))).hasSize(2);
		scrollTo(driver, firstAssessment);
		tasklist.screenshot("followup-2-validation");

		// the other two tertial indicators: a reason why the outcome is missing
		for (WebElement fieldset : driver.findElements(By.cssSelector("fieldset.outcome[data-required='true']"))) {
			String path = fieldset.getAttribute("data-path");
			if (!path.equals(firstIndicator)) {
				WebElement reason = input(driver, path + ".reasonMissing");
				scrollTo(driver, reason);
				reason.sendKeys("Statistiken för perioden kommer först i juni.");
			}
		}
		// an activity, and every enhetsmål assessed
		WebElement status = driver.findElements(By.cssSelector("select[data-path$='.status']")).get(0);
		scrollTo(driver, status);
		new Select(status).selectByVisibleText("Genomförd");
		for (WebElement select : driver.findElements(By.cssSelector("select[data-path$='.assessment']"))) {
			scrollTo(driver, select);
			new Select(select).selectByVisibleText("Uppfylls delvis");
		}
		String firstAssessmentPath = firstAssessment.getAttribute("data-path");
		WebElement analysis = input(driver, firstAssessmentPath + ".analysis");
		scrollTo(driver, analysis);
		analysis.sendKeys("Arbetet med miljöplanen har kommit i gång.");
		WebElement utfall = input(driver, "budgets[0].rows[0].amounts[0]");
		scrollTo(driver, utfall);
		utfall.sendKeys("150");
		driver.findElement(By.cssSelector("button[data-fill-sums='budgets[0]']")).click();
		waitUntilSaved(tasklist);
		tasklist.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#findings li.error"), 0));
		assertThat(driver.findElement(By.id("save-status")).getText()).startsWith("Sparat kl. ").doesNotContain("fel");
		// the sums are filled in and the budget redrawn: the fields are found anew
		WebElement assessed = input(driver, firstAssessmentPath);
		assertThat(new Select(assessed).getFirstSelectedOption().getText()).isEqualTo("Uppfylls delvis");
		assertThat(assessed.getAttribute("aria-invalid")).isNull();
		scrollTo(driver, assessed);
		tasklist.screenshot("followup-3-saved");

		WebElement finish = driver.findElement(By.id("finish-button"));
		scrollTo(driver, finish);
		finish.click();
		String result = tasklist.wait.until((d) -> {
			List<WebElement> failed = d.findElements(By.cssSelector("#finish-result .alert"));
			if (!failed.isEmpty()) {
				return "failed: " + failed.get(0).getText();
			}
			List<WebElement> done = d.findElements(By.cssSelector("#finish-result .success"));
			return done.isEmpty() ? null : done.get(0).getText();
		});
		assertThat(result).contains("Utkastet är skickat till arbetsplatsträffen (APT).");
		tasklist.wait.until(ExpectedConditions.textToBe(By.id("doc-status"), "Diskuteras på arbetsplatsträff"));
		tasklist.screenshot("followup-4-finished");

		Map<String, Object> after = handlaggare.get("/api/documents/" + id).getBody();
		assertThat(after).containsEntry("status", "APT_DISCUSSION").containsEntry("type", "T1");
		Map<String, Object> content = map(after.get("content"));
		List<Map<String, Object>> indicators = new ArrayList<>();
		List<Map<String, Object>> unitGoals = new ArrayList<>();
		for (Object direction : list(content.get("directionGoals"))) {
			for (Object council : list(map(direction).get("councilGoals"))) {
				list(map(council).get("indicators")).forEach((indicator) -> indicators.add(map(indicator)));
				for (Object board : list(map(council).get("boardGoals"))) {
					list(map(board).get("unitGoals")).forEach((goal) -> unitGoals.add(map(goal)));
				}
			}
		}
		Map<String, Object> indicator = indicators.stream()
			.filter((candidate) -> "TERTIAL".equals(candidate.get("periodicity")))
			.findFirst()
			.orElseThrow();
		assertThat(map(indicator.get("outcome"))).containsEntry("periodOutcome", "6,8 %")
			.containsEntry("outcomeWomen", "7,1 %")
			.containsEntry("outcomeMen", "5,2 %")
			.containsEntry("samePeriodLastYear", "7,4 %")
			.containsEntry("forecastYear", "7 %");
		assertThat(unitGoals).hasSize(assessments.size())
			.allSatisfy((goal) -> assertThat(map(goal.get("assessment"))).containsEntry("level", "PARTLY"));
		assertThat(unitGoals).anySatisfy((goal) -> assertThat(map(goal.get("assessment"))).containsEntry("analysis",
				"Arbetet med miljöplanen har kommit i gång."));
	}

	/** Adopts Assistansenheten's VP of that year through the API, as the demo users. */
	private void adoptVp(int year) {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		String processInstanceId = (String) created.getBody().get("processInstanceId");
		handlaggare.writePlan(created.getBody());
		complete(handlaggare, processInstanceId,
				Map.of("title", "Verksamhetsplan " + year + " för Assistansenheten", "vision",
						"Assistansenheten ger personlig assistans enligt LSS.", "description",
						"Enheten har cirka 240 personliga assistenter."));
		complete(handlaggare, processInstanceId,
				Map.of("aptDate", "2026-11-03", "aptNotes", "Planen diskuterades i alla arbetslag."));
		complete(Api.as(this.rest, "enhetschef"), processInstanceId, Map.of("signOffDecision", "approve"));
		complete(Api.as(this.rest, "controller"), processInstanceId,
				Map.of("reviewDecision", "approve", "comment", "Bra plan."));
		complete(Api.as(this.rest, "namndsekreterare"), processInstanceId,
				Map.of("boardDecision", "adopted", "meetingDate", "2026-12-10", "paragraph", "§ 12"));
		Api admin = Api.as(this.rest, "admin");
		Map<String, Object> renderJob = admin.getList("/engine-rest/job?processInstanceId=" + processInstanceId)
			.getBody()
			.get(0);
		assertThat(admin.post("/engine-rest/job/" + renderJob.get("id") + "/execute", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(handlaggare.get("/api/documents/" + id).getBody().get("status")).isEqualTo("ADOPTED");
	}

	private static void complete(Api user, String processInstanceId, Map<String, String> values) {
		Map<String, Object> task = user.task(processInstanceId);
		assertThat(task).as("an open task for the user").isNotNull();
		assertThat(user.complete((String) task.get("id"), values).getStatusCode()).as("complete %s", task.get("name"))
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	private static void assertEveryInputHasALabel(WebDriver driver) {
		List<WebElement> fields = driver.findElements(By.cssSelector("#plan input, #plan textarea, #plan select"));
		assertThat(fields).isNotEmpty();
		for (WebElement field : fields) {
			String id = field.getAttribute("id");
			assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']")))
				.as("a label for %s", field.getAttribute("data-path"))
				.hasSize(1);
		}
	}

	private static String label(WebDriver driver, WebElement field) {
		return driver.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))
			.getAttribute("textContent");
	}

	private void waitUntilSaved(Tasklist tasklist) {
		tasklist.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-saved", "true"));
		tasklist.wait.until(
				ExpectedConditions.textMatches(By.id("save-status"), Pattern.compile("^Sparat kl\\. \\d\\d:\\d\\d")));
	}

	private static WebElement input(WebDriver driver, String path) {
		return driver.findElement(By.cssSelector("[data-path='" + path + "']"));
	}

	private static void scrollTo(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

}
