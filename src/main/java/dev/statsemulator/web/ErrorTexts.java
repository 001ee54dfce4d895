package dev.statsemulator.web;

import java.util.regex.Pattern;

/**
 * Error texts for clients: a parser's or the framework's message with the Java names it
 * may carry taken out, since an answer never names an internal class.
 */
public final class ErrorTexts {

	/** A qualified Java name (java.util.List, tools.jackson.databind.JsonNode ...). */
	private static final Pattern QUALIFIED = Pattern
		.compile("\\b(?:java|javax|jakarta|tools|com|org|dev|sun|jdk)\\.[A-Za-z0-9_$.]+(?:<[^>]*>)?(?:\\[\\])*");

	/**
	 * A Jackson feature named as the way out ("(enable DeserializationFeature.X to
	 * ...)"), a parenthesis of at most 200 characters.
	 */
	private static final Pattern FEATURE = Pattern.compile(
			"\\s*\\([^()]{0,200}?\\b[A-Z][A-Za-z]{0,60}Feature\\.[A-Z_]{1,80}[^()]{0,200}\\)|[A-Z][A-Za-z]{0,60}Feature\\.[A-Z_]{1,80}");

	/** Longer messages are cut: they only repeat the value sent. */
	private static final int MAX_LENGTH = 1000;

	/** A Java exception's simple name. */
	private static final Pattern EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z0-9]*Exception\\b");

	private ErrorTexts() {
	}

	public static String withoutClassNames(String message) {
		if (message == null) {
			return null;
		}
		String text = (message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH) + "..." : message;
		text = FEATURE.matcher(text).replaceAll("");
		text = QUALIFIED.matcher(text).replaceAll("value");
		text = EXCEPTION.matcher(text).replaceAll("error");
		return text.replaceAll("\\s{2,}", " ").trim();
	}

}
