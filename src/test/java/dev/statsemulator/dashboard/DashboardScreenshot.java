package dev.statsemulator.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.statsemulator.support.Browser;

/**
 * Opens the dashboard of a running emulator, signs in and saves a screenshot:
 * {@code java -cp ... DashboardScreenshot http://localhost:8080 admin docs/images/dashboard.png}.
 * Prints the page load time (navigation start to all four lenses drawn).
 */
public final class DashboardScreenshot {

	private DashboardScreenshot() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		Path output = Path.of(args[2]);
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver();
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1750));
			driver.get(base + "/");
			driver.findElement(By.id("admin-token")).sendKeys(token);
			driver.findElement(By.cssSelector("#token-form button")).click();
			driver.navigate().refresh();
			long started = System.nanoTime();
			new WebDriverWait(driver, Duration.ofSeconds(90))
				.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses")));
			Object load = ((JavascriptExecutor) driver)
				.executeScript("return performance.now() - (performance.timeOrigin - performance.timeOrigin);");
			System.out.println("Lenses ready after " + (System.nanoTime() - started) / 1_000_000
					+ " ms from reload; performance.now() " + load + " ms; "
					+ driver.findElement(By.id("range-status")).getText());
			System.out.println("Console errors: " + browser.consoleErrors());
			System.out.println(
					"Script errors: " + ((JavascriptExecutor) driver).executeScript("return window.dashboardErrors;"));
			Path shot = browser.screenshot("demo");
			Files.createDirectories(output.toAbsolutePath().getParent());
			Files.copy(shot, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			System.out.println("Saved " + output);
		}
	}

}
