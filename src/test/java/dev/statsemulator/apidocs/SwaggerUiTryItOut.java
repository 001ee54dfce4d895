package dev.statsemulator.apidocs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.statsemulator.support.Browser;

/**
 * Swagger UI driven as a person does it: pick an API at the top, open an operation, Try
 * it out, Execute, read the live answer. For one operation of each of the five documents,
 * with the demo workspace's credentials as the documents explain (the Tellody session
 * flow through the UI's own ping and login operations, pasting ping's X-XSRF-TOKEN into
 * Authorize). Used by {@code SwaggerUiBrowserIT}, and runnable against a running
 * emulator: {@code java -cp ... SwaggerUiTryItOut http://localhost:8080 <admin token>}.
 */
public final class SwaggerUiTryItOut {

	/** What Swagger UI showed for one executed operation. */
	public record Answer(String api, String operation, String requestUrl, int status, String body) {
	}

	static final String CONTROL = "Control API (/_emulator/v1)";

	static final String TELLODY = "Tellody Campaign Cloud";

	static final String GETRESPONSE = "GetResponse API 1.5 (JSON-RPC)";

	static final String ROCKETCHAT = "Rocket.Chat engagement dashboard";

	static final String PUSHWOOSH = "Pushwoosh Statistics API v2";

	private final Browser browser;

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String base;

	public SwaggerUiTryItOut(Browser browser, String base) {
		this.browser = browser;
		this.driver = browser.driver();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		try (Browser browser = Browser.open()) {
			SwaggerUiTryItOut ui = new SwaggerUiTryItOut(browser, args[0]);
			List<Answer> answers;
			try {
				answers = ui.all(args[1]);
			}
			catch (RuntimeException ex) {
				System.out.println("Failed; screenshot " + ui.screenshot("failure"));
				throw ex;
			}
			for (Answer answer : answers) {
				String body = answer.body();
				System.out.println(answer.api() + " " + answer.operation() + " -> " + answer.status() + " "
						+ answer.requestUrl() + "\n  " + body.substring(0, Math.min(300, body.length())));
			}
		}
	}

	/** One operation of every API, in the order a newcomer would try them. */
	public List<Answer> all(String adminToken) throws Exception {
		List<Answer> answers = new ArrayList<>();
		answers.add(control(adminToken));
		answers.addAll(tellody());
		answers.add(getResponse());
		answers.add(rocketChat());
		answers.add(pushwoosh());
		return answers;
	}

	/** Control: Authorize with the admin token, then the demo's stats. */
	public Answer control(String adminToken) throws Exception {
		open(CONTROL);
		authorize("adminToken", adminToken);
		return execute(CONTROL, "get", "/_emulator/v1/workspaces/{id}/stats", null);
	}

	/**
	 * Tellody: ping (the browser keeps the session cookie), paste its X-XSRF-TOKEN into
	 * Authorize, login with the prefilled demo / demo-pass, ping again, paste the new
	 * token, then UniqueCode with the document's example (the last seven days).
	 */
	public List<Answer> tellody() throws Exception {
		open(TELLODY);
		List<Answer> answers = new ArrayList<>();
		answers.add(execute(TELLODY, "get", "/CampaignCloud/RememberMeController/ping", null));
		authorize("tellodyXsrf", responseHeader("/CampaignCloud/RememberMeController/ping", "x-xsrf-token"));
		answers.add(execute(TELLODY, "post", "/CampaignCloud/login", null));
		answers.add(execute(TELLODY, "get", "/CampaignCloud/RememberMeController/ping", null));
		authorize("tellodyXsrf", responseHeader("/CampaignCloud/RememberMeController/ping", "x-xsrf-token"));
		answers.add(execute(TELLODY, "post", "/CampaignCloud/Report/UniqueCode", null));
		return answers;
	}

	/** GetResponse: the get_messages example (the demo's key is in its params). */
	public Answer getResponse() throws Exception {
		open(GETRESPONSE);
		return execute(GETRESPONSE, "post", "/", "get_messages");
	}

	/** Rocket.Chat: messages-sent with the prefilled demo headers and the last week. */
	public Answer rocketChat() throws Exception {
		open(ROCKETCHAT);
		return execute(ROCKETCHAT, "get", "/api/v1/engagement-dashboard/messages/messages-sent", null);
	}

	/** Pushwoosh: messages:list with the example body (its auth member is the token). */
	public Answer pushwoosh() throws Exception {
		open(PUSHWOOSH);
		return execute(PUSHWOOSH, "post", "/api/v2/messages:list", null);
	}

	public Path screenshot(String name) throws java.io.IOException {
		return this.browser.fullPageScreenshot("swagger-ui-" + name);
	}

	private void open(String api) {
		if (!this.driver.getCurrentUrl().startsWith(this.base + "/swagger-ui/")) {
			this.driver.get(this.base + "/swagger-ui.html");
		}
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar select")));
		Select select = new Select(this.driver.findElement(By.cssSelector(".topbar select")));
		if (!select.getFirstSelectedOption().getText().equals(api)) {
			select.selectByVisibleText(api);
		}
		this.wait.until((d) -> d.findElement(By.cssSelector(".info .title")).getText().length() > 0
				&& !d.findElements(By.cssSelector(".opblock")).isEmpty()
				&& new Select(d.findElement(By.cssSelector(".topbar select"))).getFirstSelectedOption()
					.getText()
					.equals(api));
	}

	private By operationLocator(String method, String path) {
		return By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' opblock-" + method
				+ " ')][.//*[@data-path='" + path + "']]");
	}

	private WebElement operation(String method, String path) {
		By locator = operationLocator(method, path);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		WebElement block = this.driver.findElement(locator);
		if (!block.getAttribute("class").contains("is-open")) {
			List<WebElement> control = block.findElements(By.cssSelector(".opblock-summary-control"));
			click(control.isEmpty() ? block.findElement(By.cssSelector(".opblock-summary")) : control.get(0));
			this.wait.until((d) -> d.findElement(locator).getAttribute("class").contains("is-open"));
		}
		return this.driver.findElement(locator);
	}

	/** Opens the operation, Try it out, picks the body example if named, Execute. */
	private Answer execute(String api, String method, String path, String example) throws Exception {
		WebElement block = operation(method, path);
		By tryOut = By.cssSelector(".try-out__btn");
		this.wait.until((d) -> !d.findElement(operationLocator(method, path)).findElements(tryOut).isEmpty());
		WebElement button = block.findElement(tryOut);
		if (button.getText().trim().equalsIgnoreCase("Try it out")) {
			click(button);
		}
		this.wait.until((d) -> !d.findElement(operationLocator(method, path))
			.findElements(By.cssSelector("button.execute"))
			.isEmpty());
		block = this.driver.findElement(operationLocator(method, path));
		if (example != null) {
			// The examples' select (the body section also has the content type's).
			Select examples = block.findElements(By.cssSelector(".opblock-section-request-body select"))
				.stream()
				.map(Select::new)
				.filter((select) -> select.getOptions().stream().anyMatch((o) -> o.getText().equals(example)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No example named " + example));
			examples.selectByVisibleText(example);
			this.wait.until(
					(d) -> String
						.valueOf(d.findElement(operationLocator(method, path))
							.findElement(By.cssSelector(".opblock-section-request-body textarea"))
							.getAttribute("value"))
						.contains("\"" + example + "\""));
		}
		// An earlier answer of the same operation (ping, twice) must not be read as this
		// one: Clear it first, as a person would.
		List<WebElement> clear = block.findElements(By.cssSelector("button.btn-clear"));
		if (!clear.isEmpty()) {
			click(clear.get(0));
			this.wait.until((d) -> d.findElement(operationLocator(method, path))
				.findElements(By.cssSelector(".live-responses-table"))
				.isEmpty());
			block = this.driver.findElement(operationLocator(method, path));
		}
		click(block.findElement(By.cssSelector("button.execute")));
		By live = By.cssSelector(".live-responses-table .response .response-col_status");
		this.wait.until((d) -> !d.findElement(operationLocator(method, path)).findElements(live).isEmpty()
				&& d.findElement(operationLocator(method, path))
					.findElements(By.cssSelector(".loading-container"))
					.isEmpty());
		block = this.driver.findElement(operationLocator(method, path));
		int status = Integer.parseInt(block.findElement(live).getText().trim().split("\\s+")[0]);
		String url = block.findElement(By.cssSelector(".request-url pre")).getText().trim();
		List<WebElement> bodies = block
			.findElements(By.cssSelector(".live-responses-table .response-col_description .highlight-code pre, "
					+ ".live-responses-table .response-col_description pre.microlight"));
		String body = bodies.isEmpty() ? "" : String.valueOf(js("return arguments[0].textContent;", bodies.get(0)));
		return new Answer(api, method.toUpperCase(java.util.Locale.ROOT) + " " + path, url, status, body);
	}

	/** A header of the operation's latest live answer, as Swagger UI lists it. */
	private String responseHeader(String path, String name) {
		WebElement block = this.driver.findElement(operationLocator("get", path));
		String headers = String.valueOf(js("var h = arguments[0].querySelectorAll('.live-responses-table"
				+ " .response-headers, .live-responses-table .response-col_description pre');"
				+ " var t = ''; for (var i = 0; i < h.length; i++) { t += h[i].textContent + '\\n'; } return t;",
				block));
		// Swagger UI lists each header as "name: value" (one span per header line).
		java.util.regex.Matcher header = java.util.regex.Pattern
			.compile("(?i)(?:^|\\s)" + java.util.regex.Pattern.quote(name) + ":\\s*(\\S+)")
			.matcher(headers);
		if (header.find()) {
			return header.group(1);
		}
		throw new IllegalStateException("Swagger UI shows no " + name + " header in: " + headers);
	}

	/** Authorize: the scheme's value (logging the scheme out first if it has one). */
	private void authorize(String scheme, String value) {
		click(this.driver.findElement(By.cssSelector(".scheme-container .btn.authorize")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal-ux")));
		By container = By
			.xpath("//div[contains(@class,'modal-ux')]//div[contains(@class,'auth-container')][.//h4[contains(., '"
					+ scheme + "')]]");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(container));
		WebElement auth = this.driver.findElement(container);
		for (WebElement button : auth.findElements(By.cssSelector("button"))) {
			if (button.getText().trim().equals("Logout")) {
				click(button);
				break;
			}
		}
		auth = this.driver.findElement(container);
		WebElement input = auth.findElement(By.cssSelector("input"));
		input.clear();
		input.sendKeys(value);
		for (WebElement button : auth.findElements(By.cssSelector("button"))) {
			if (button.getText().trim().equals("Authorize")) {
				click(button);
				break;
			}
		}
		this.wait.until((d) -> d.findElement(container)
			.findElements(By.cssSelector("button"))
			.stream()
			.anyMatch((b) -> b.getText().trim().equals("Logout")));
		click(this.driver.findElement(By.cssSelector(".modal-ux .btn-done, .modal-ux .close-modal")));
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
	}

	private void click(WebElement element) {
		js("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

}
