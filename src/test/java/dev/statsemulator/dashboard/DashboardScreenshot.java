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
 * Prints the page load time of a fresh, signed-in load (Navigation Timing's loadEventEnd,
 * and the time until the four lenses show numbers) and the resources that came from
 * another host.
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
			new WebDriverWait(driver, Duration.ofSeconds(90))
				.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses")));
			// Measured on a fresh load, signed in (the token is in the tab's session
			// storage).
			driver.navigate().refresh();
			new WebDriverWait(driver, Duration.ofSeconds(90))
				.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses"))
						&& "ready".equals(d.findElement(By.id("journal")).getAttribute("data-journal")));
			JavascriptExecutor js = (JavascriptExecutor) driver;
			System.out.println("Navigation Timing, loadEventEnd - startTime: " + js.executeScript(
					"var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;")
					+ " ms; charts with numbers after " + js.executeScript("return window.dashboardTimings.lenses;")
					+ " ms; latest calls after " + js.executeScript("return window.dashboardTimings.journal;") + " ms; "
					+ driver.findElement(By.id("range-status")).getText());
			@SuppressWarnings("unchecked")
			java.util.List<Object> resources = (java.util.List<Object>) js
				.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
			long foreign = resources.stream().filter((url) -> !String.valueOf(url).startsWith(base + "/")).count();
			System.out.println(resources.size() + " resources, " + foreign + " from another host than " + base);
			System.out.println("Console errors: " + browser.consoleErrors());
			System.out.println("Script errors: " + js.executeScript("return window.dashboardErrors;"));
			Path shot = browser.fullPageScreenshot("demo");
			Files.createDirectories(output.toAbsolutePath().getParent());
			Files.copy(shot, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			System.out.println("Saved " + output);
		}
	}

}
