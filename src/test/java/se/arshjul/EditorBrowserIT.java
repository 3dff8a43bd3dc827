package se.arshjul;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

import se.arshjul.TasklistBrowserIT.Tasklist;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.PlanContent;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan editor as a handläggare uses it: from the draft task in the real Camunda
 * Tasklist, in a headless Debian Chromium driven by Selenium, against the whole
 * application on PostgreSQL. She adds an enhetsmål (first without a title, and sees the
 * validation message beside the field), fixes it, adds a budget row, sees the autosave,
 * and completes the draft from the editor. Screenshots go to
 * {@code /tmp/screens/editor-*.png}.
 */
@PostgresSpringTest
class EditorBrowserIT {

	static final String EMPTY_BOARD_GOAL = "directionGoals[0].councilGoals[0].boardGoals[0]";

	static final String NEW_GOAL = EMPTY_BOARD_GOAL + ".unitGoals[0]";

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
	void handlaggareEditsThePlanInTheEditorAndCompletesTheDraft() {
		int year = TestYears.next();
		Map<String, Object> created = api(HttpMethod.POST, "/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"), HttpStatus.CREATED);
		String id = (String) created.get("id");
		String dnr = (String) created.get("dnr");
		String title = "Verksamhetsplan " + year + " för Assistansenheten";
		Map<String, Object> document = api(HttpMethod.GET, "/api/documents/" + id, null, HttpStatus.OK);
		Map<String, Object> saved = api(HttpMethod.PUT, "/api/documents/" + id + "/content",
				Map.of("version", document.get("version"), "title", title, "content", withoutFirstUnitGoals()),
				HttpStatus.OK);
		assertThat((List<?>) saved.get("errors")).as("the fixture is a valid plan").isEmpty();

		Tasklist tasklist = new Tasklist("handlaggare", "http://localhost:" + this.port);
		this.browsers.add(tasklist);
		tasklist.login("Hanna Lind");
		tasklist.showFilter(TasklistBrowserIT.MY_GROUP_TASKS);
		tasklist.openTask(TasklistBrowserIT.DRAFT, dnr);
		// Tasklist shows an unclaimed task's form disabled: she claims the draft first
		tasklist.claim("Hanna Lind");
		WebDriver driver = tasklist.driver;
		WebElement editorLink = tasklist.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//section[contains(@class,'task-card')]//form//a[contains(., 'Öppna redigeraren för hela planen')]")));
		assertThat(editorLink.getAttribute("href")).endsWith("/editor/?id=" + id);
		tasklist.screenshot("editor-0-task-form");

		// she follows the link from the draft form
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
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(driver.findElement(By.id("doc-dnr")).getText()).isEqualTo(dnr);
		assertThat(driver.findElement(By.id("doc-unit")).getText()).isEqualTo("Assistansenheten");
		assertThat(driver.findElement(By.id("doc-status")).getText()).isEqualTo("Utkast");
		assertThat(driver.findElement(By.id("save-status")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat(driver
			.findElements(By.xpath("//h4[contains(., '3.5 Stockholms stads ekonomi är långsiktigt hållbar')]")))
			.as("the KF goals are shown")
			.hasSize(1);
		assertThat(driver.findElements(By.cssSelector("input[data-path$='.councilGoals[0].boardGoals[0].title']")))
			.as("nämndmål are read-only: no input for them")
			.isEmpty();
		assertEveryInputHasALabel(driver);
		tasklist.screenshot("editor-1-loaded");

		// keyboard only: the Tab order from the top of the page
		WebElement body = driver.findElement(By.tagName("body"));
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
		body.sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Hoppa till planens innehåll");
		tab(driver);
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Årshjul – tillbaka till Tasklist");
		tab(driver);
		assertThat(active(driver)).isEqualTo("title");
		tab(driver);
		assertThat(active(driver)).isEqualTo("introduction.vision");

		// she adds an enhetsmål with the keyboard; the new goal's title gets the focus;
		// she leaves it empty
		WebElement add = driver.findElement(By.cssSelector("button[data-add-unit-goal='" + EMPTY_BOARD_GOAL + "']"));
		scrollTo(driver, add);
		add.sendKeys(Keys.ENTER);
		tasklist.wait.until((d) -> (NEW_GOAL + ".title").equals(active(d)));
		tab(driver);
		assertThat(active(driver)).isEqualTo(NEW_GOAL + ".expectedResult");
		driver.switchTo().activeElement().sendKeys("Brukarna får information om miljöarbetet.");
		tab(driver);
		assertThat(active(driver)).isEqualTo(NEW_GOAL + ".workingMethods");

		// after the autosave the validation message is shown beside the empty title, and
		// in the summary
		waitUntilSaved(tasklist);
		WebElement titleInput = input(driver, NEW_GOAL + ".title");
		String titleMessages = titleInput.getAttribute("id") + "-msg";
		tasklist.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id(titleMessages), "Enhetsmålet saknar titel"));
		WebElement message = driver.findElement(By.cssSelector("#" + titleMessages + " .finding.error"));
		assertThat(message.getText()).isEqualTo("Fel: Enhetsmålet saknar titel");
		assertThat(titleInput.getAttribute("aria-describedby")).contains(message.getAttribute("id"));
		assertThat(titleInput.getAttribute("aria-invalid")).isEqualTo("true");
		WebElement summaryLink = driver.findElement(By
			.xpath("//section[@id='findings']//li[contains(@class,'error')]/a[.='Fel: Enhetsmålet saknar titel']"));
		scrollTo(driver, titleInput);
		tasklist.screenshot("editor-2-validation");

		// she follows the summary's link (keyboard) to the field and writes the title
		scrollTo(driver, summaryLink);
		summaryLink.sendKeys(Keys.ENTER);
		tasklist.wait.until((d) -> (NEW_GOAL + ".title").equals(active(d)));
		String goalTitle = "Enheten minskar sin pappersförbrukning";
		driver.switchTo().activeElement().sendKeys(goalTitle);
		tab(driver);
		tasklist.wait.until(ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector("#" + titleMessages + " .finding.error")));
		waitUntilSaved(tasklist);
		assertThat(driver.findElements(By.cssSelector("#findings li.error"))).as("no errors left").isEmpty();

		// she adds a budget row before Summa kostnader, and lets the editor fill in the
		// sums
		WebElement addRow = driver.findElement(By.cssSelector("button[data-add-row='budgets[0]']"));
		scrollTo(driver, addRow);
		addRow.click();
		tasklist.wait.until((d) -> "budgets[0].rows[11].label".equals(active(d)));
		driver.switchTo().activeElement().sendKeys("Kompetensutveckling");
		input(driver, "budgets[0].rows[11].amounts[0]").sendKeys("100");
		assertThat(input(driver, "budgets[0].rows[12].label").getAttribute("value")).isEqualTo("Summa kostnader");
		WebElement fill = driver.findElement(By.cssSelector("button[data-fill-sums='budgets[0]']"));
		fill.click();
		tasklist.wait.until((d) -> "21557".equals(input(d, "budgets[0].rows[12].amounts[0]").getAttribute("value")));
		assertThat(input(driver, "budgets[0].rows[13].amounts[0]").getAttribute("value")).isEqualTo("100");
		waitUntilSaved(tasklist);
		assertThat(driver.findElements(By.cssSelector("#findings li.error"))).as("no errors left").isEmpty();
		assertThat(driver.findElement(By.id("save-status")).getText()).startsWith("Sparat kl. ");
		scrollTo(driver, driver.findElement(By.cssSelector("button[data-fill-sums='budgets[0]']")));
		tasklist.screenshot("editor-3-budget-saved");

		// she completes the draft from the editor
		WebElement finish = driver.findElement(By.id("finish-button"));
		scrollTo(driver, finish);
		finish.click();
		String outcome = tasklist.wait.until((d) -> {
			List<WebElement> failed = d.findElements(By.cssSelector("#finish-result .alert"));
			if (!failed.isEmpty()) {
				return "failed: " + failed.get(0).getText();
			}
			List<WebElement> done = d.findElements(By.cssSelector("#finish-result .success"));
			return done.isEmpty() ? null : done.get(0).getText();
		});
		assertThat(outcome).contains("Utkastet är skickat till arbetsplatsträffen (APT).");
		assertThat(driver.findElement(By.cssSelector("#finish-result .success a")).getAttribute("href"))
			.endsWith("/camunda/app/tasklist/");
		tasklist.wait.until(ExpectedConditions.textToBe(By.id("doc-status"), "Diskuteras på arbetsplatsträff"));
		tasklist.screenshot("editor-4-finished");

		Map<String, Object> after = api(HttpMethod.GET, "/api/documents/" + id, null, HttpStatus.OK);
		assertThat(after).containsEntry("status", "APT_DISCUSSION").containsEntry("title", title);
		Map<String, Object> content = map(after.get("content"));
		Map<String, Object> boardGoal = map(list(
				map(list(map(list(content.get("directionGoals")).get(0)).get("councilGoals")).get(0)).get("boardGoals"))
			.get(0));
		assertThat(list(boardGoal.get("unitGoals"))).singleElement()
			.satisfies((goal) -> assertThat(map(goal)).containsEntry("title", goalTitle)
				.containsEntry("expectedResult", "Brukarna får information om miljöarbetet."));
		List<Object> rows = list(map(list(content.get("budgets")).get(0)).get("rows"));
		assertThat(map(rows.get(11))).containsEntry("label", "Kompetensutveckling").containsEntry("kind", "COST");
		assertThat(list(map(rows.get(11)).get("amounts"))).singleElement()
			.satisfies((amount) -> assertThat(((Number) amount).intValue()).isEqualTo(100));
		assertThat(map(rows.get(12))).containsEntry("label", "Summa kostnader");
		assertThat(((Number) list(map(rows.get(12)).get("amounts")).get(0)).intValue()).isEqualTo(21_557);
	}

	/**
	 * Assistansenheten's VP 2017 without the enhetsmål under its first nämndmål, so there
	 * is one to write.
	 */
	private static PlanContent withoutFirstUnitGoals() {
		PlanContent vp = Assistansenheten2017.vp();
		DirectionGoal direction = vp.directionGoals().get(0);
		CouncilGoal council = direction.councilGoals().get(0);
		BoardGoal board = council.boardGoals().get(0);
		List<BoardGoal> boards = new ArrayList<>(council.boardGoals());
		boards.set(0, new BoardGoal(board.title(), board.expectedResult(), board.description(), board.activities(),
				List.of(), board.assessment()));
		List<CouncilGoal> councils = new ArrayList<>(direction.councilGoals());
		councils.set(0,
				new CouncilGoal(council.number(), council.title(), council.indicators(), boards, council.assessment()));
		List<DirectionGoal> directions = new ArrayList<>(vp.directionGoals());
		directions.set(0, new DirectionGoal(direction.number(), direction.title(), councils));
		return vp.withDirectionGoals(directions);
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

	private void waitUntilSaved(Tasklist tasklist) {
		tasklist.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-saved", "true"));
		tasklist.wait.until(ExpectedConditions.textMatches(By.id("save-status"),
				java.util.regex.Pattern.compile("^Sparat kl\\. \\d\\d:\\d\\d")));
	}

	private static void tab(WebDriver driver) {
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
	}

	private static String active(WebDriver driver) {
		return driver.switchTo().activeElement().getAttribute("data-path");
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

	private Map<String, Object> api(HttpMethod method, String path, Object body, HttpStatus expected) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		ResponseEntity<Map<String, Object>> response = this.rest.withBasicAuth("handlaggare", "demo")
			.exchange(path, method, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).as("%s %s: %s", method, path, response.getBody()).isEqualTo(expected);
		return response.getBody();
	}

}
