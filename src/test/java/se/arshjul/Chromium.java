package se.arshjul;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One user's own headless Debian Chromium, driven by Selenium, with a Swedish user's
 * language settings; it signs in to a Camunda webapp, and keeps a screenshot and the
 * page's HTML in {@code /tmp/screens} when a step fails. The browser tests build on it.
 */
class Chromium {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Path SCREENS = Path.of("/tmp/screens");

	static final Duration WAIT = Duration.ofSeconds(30);

	final String user;

	final String baseUrl;

	final Path profile;

	final WebDriver driver;

	final WebDriverWait wait;

	private boolean closed;

	/**
	 * Checks that Debian's Chromium and ChromeDriver are installed and keeps Selenium
	 * from looking for (or downloading) others.
	 */
	static void requireDebianChromium() throws IOException {
		assertThat(Path.of(CHROMIUM)).as("Debian chromium: apt-get install -y chromium chromium-driver").isExecutable();
		assertThat(Path.of(CHROMEDRIVER)).as("Debian chromium-driver: apt-get install -y chromium chromium-driver")
			.isExecutable();
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		Files.createDirectories(SCREENS);
	}

	Chromium(String user, String baseUrl) {
		this.user = user;
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("arshjul-it-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--window-size=1400,1600", "--user-data-dir=" + this.profile);
		// a Swedish user's browser
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Opens a Camunda webapp ({@code tasklist}, {@code cockpit}) and submits its login
	 * form with the demo password; what follows is up to the caller.
	 */
	void submitLogin(String app) {
		this.driver.get(this.baseUrl + "/camunda/app/" + app + "/");
		WebElement username = this.wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("form[name=signinForm] input[ng-model=username]")));
		username.sendKeys(this.user);
		this.driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
	}

	void screenshot(String name) {
		try {
			File png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(png.toPath(), SCREENS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs one step; when it fails, keeps a screenshot and the page's HTML next to the
	 * others.
	 */
	void step(String name, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException | AssertionError ex) {
			String file = "failure-" + this.user + "-" + name.replaceAll("[^\\p{L}\\p{N}]+", "_");
			try {
				screenshot(file);
				Files.writeString(SCREENS.resolve(file + ".html"), this.driver.getPageSource(), StandardCharsets.UTF_8);
			}
			catch (RuntimeException | IOException diagnosticsFailed) {
				ex.addSuppressed(diagnosticsFailed);
			}
			throw ex;
		}
	}

	void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.profile);
		}
	}

	static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

}
