package dev.statsemulator.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.htmlunit.BrowserVersion;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser the page tests drive: Debian's headless Chromium with its chromedriver when
 * both are installed (.ci/browser installs them), else HtmlUnit, a browser engine in pure
 * Java, so {@code ./mvnw verify} on a machine with only Java runs the same tests. Which
 * one runs is printed. {@code -Ddashboard.browser=htmlunit} forces HtmlUnit.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private final boolean chromium;

	private final Path userDataDir;

	private Browser(WebDriver driver, boolean chromium, Path userDataDir) {
		this.driver = driver;
		this.chromium = chromium;
		this.userDataDir = userDataDir;
	}

	public static Browser open() throws IOException {
		boolean wantChromium = !"htmlunit".equals(System.getProperty("dashboard.browser"));
		if (wantChromium && Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			Path profile = Files.createTempDirectory("dashboard-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--disable-dev-shm-usage", "--window-size=1440,1100", "--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			System.out.println("Dashboard page tests: headless Chromium " + driver.getCapabilities().getBrowserVersion()
					+ " (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
			return new Browser(driver, true, profile);
		}
		System.out.println("Dashboard page tests: HtmlUnit, a pure-Java browser engine ("
				+ (wantChromium ? "no " + CHROMIUM + " with " + CHROMEDRIVER + "; .ci/browser installs them"
						: "-Ddashboard.browser=htmlunit")
				+ ")");
		HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.CHROME, true);
		return new Browser(driver, false, null);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public boolean isChromium() {
		return this.chromium;
	}

	public Duration timeout() {
		return Duration.ofSeconds(60);
	}

	/**
	 * Errors the browser's console saw (Chromium only; HtmlUnit fails on script errors).
	 */
	public List<String> consoleErrors() {
		if (!this.chromium) {
			return List.of();
		}
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Saves a screenshot under target/dashboard-screenshots (Chromium), or the page's
	 * HTML (HtmlUnit draws nothing).
	 */
	public Path screenshot(String name) throws IOException {
		Path dir = Path.of("target", "dashboard-screenshots");
		Files.createDirectories(dir);
		if (this.driver instanceof TakesScreenshot camera && this.chromium) {
			Path file = dir.resolve(name + ".png");
			Files.write(file, camera.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		Path file = dir.resolve(name + ".html");
		Files.writeString(file, this.driver.getPageSource());
		return file;
	}

	/**
	 * A screenshot of the whole page (Chromium: the window made as tall as the page for
	 * the shot, at most 4000 pixels), or the page's HTML (HtmlUnit).
	 */
	public Path fullPageScreenshot(String name) throws IOException {
		if (!this.chromium) {
			return screenshot(name);
		}
		org.openqa.selenium.Dimension size = this.driver.manage().window().getSize();
		Object height = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
		int tall = (int) Math.min(4000, Math.max(size.getHeight(), ((Number) height).longValue() + 140));
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), tall));
		try {
			return screenshot(name);
		}
		finally {
			this.driver.manage().window().setSize(size);
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		if (this.userDataDir != null) {
			try (var files = Files.walk(this.userDataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
