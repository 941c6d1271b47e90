/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The static page in a real browser: Debian's Chromium, headless, driven through
 * {@code /usr/bin/chromedriver}, adds, searches and deletes a note and sees the agent's
 * streamed answer. Fails (never skips) when Chromium is missing, saying how to install
 * it. The browser talks to the sample on loopback only: its background services are off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureCohesivityEmulator
@Import(ManagedAgentOnTheEmulator.class)
class NotesPageBrowserTests {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			fail("The browser test needs Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): install them with 'sudo apt-get install -y chromium chromium-driver' (.ci/run does this "
					+ "when it runs as root)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
				"--window-size=1200,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void addsSearchesAsksAboutAndDeletesANote() {
		String title = "Buy oat milk " + System.nanoTime();
		String other = "Call the plumber " + System.nanoTime();
		browser.get("http://localhost:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenant-card"), "claimed"));

		add(wait, title, "Two litres", "shopping, dairy");
		add(wait, other, "About the sink", "home");

		browser.findElement(By.id("query")).sendKeys("OAT MILK");
		browser.findElement(By.id("search")).click();
		wait.until((driver) -> titles().equals(List.of(title)));
		wait.ignoring(StaleElementReferenceException.class)
			.until((driver) -> note(title).findElement(By.className("tags")).getText().equals("tags: shopping, dairy"));

		clickOn(wait, title, "ask");
		wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-state", "done"));
		assertThat(textContent("answer")).isEqualTo("Emulated Hermes agent received 2 message(s). You said: "
				+ "Summarise this note in one sentence.\n\nNote \"" + title
				+ "\" (tags: shopping, dairy):\nTwo litres");
		assertThat(textContent("answer-error")).isEmpty();

		clickOn(wait, title, "delete");
		wait.until((driver) -> !titles().contains(title) && titles().contains(other));
		browser.findElement(By.id("query")).clear();
		browser.findElement(By.id("query")).sendKeys("oat milk");
		browser.findElement(By.id("search")).click();
		wait.until((driver) -> titles().isEmpty());
	}

	@Test
	void aRejectedNoteShowsTheProblemsDetail() {
		browser.get("http://localhost:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		String title = "Once " + System.nanoTime();
		add(wait, title, "", "");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("add")).click();
		wait.until(ExpectedConditions.textToBe(By.id("add-error"), "A note with this title already exists"));
	}

	private static void add(WebDriverWait wait, String title, String body, String tags) {
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("body")).sendKeys(body);
		browser.findElement(By.id("tags")).sendKeys(tags);
		browser.findElement(By.id("add")).click();
		wait.until((driver) -> titles().contains(title));
	}

	/**
	 * Read the listed titles in one script, so that a list rendered again meanwhile
	 * cannot leave a stale element behind.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> titles() {
		return (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return [...document.querySelectorAll('#notes li.note .title')].map((e) => e.textContent)");
	}

	private static void clickOn(WebDriverWait wait, String title, String button) {
		wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			note(title).findElement(By.className(button)).click();
			return true;
		});
	}

	private static WebElement note(String title) {
		return browser
			.findElement(By.xpath("//ul[@id='notes']/li[strong[@class='title' and text()=" + "'" + title + "']]"));
	}

	private static String textContent(String id) {
		return (String) ((JavascriptExecutor) browser)
			.executeScript("return document.getElementById(arguments[0]).textContent", id);
	}

}
