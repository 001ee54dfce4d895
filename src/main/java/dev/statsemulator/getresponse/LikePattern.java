package dev.statsemulator.getresponse;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A LIKE pattern of the text operators: {@code %} is any text (also none), {@code _} one
 * character, a backslash makes the next character literal (a trailing backslash is
 * itself); the whole text must match, case insensitive (by Unicode case folding of single
 * characters, as a regular expression's {@code CASE_INSENSITIVE | UNICODE_CASE}).
 * <p>
 * Matched without regular expressions: a run of {@code %} is one wildcard, and the
 * matcher keeps only the last {@code %} to fall back to (the classic iterative wildcard
 * match), so any pattern against any text takes at most (text length x pattern length)
 * steps. A regular expression with a {@code .*} per {@code %} backtracks exponentially on
 * patterns like {@code %%%%%%%%%%zzz}.
 */
final class LikePattern implements Predicate<String> {

	/** Any text: a {@code %}. */
	private static final int ANY = -1;

	/** One character: an {@code _}. */
	private static final int ONE = -2;

	/** The pattern's tokens: a case-folded code point, {@link #ANY} or {@link #ONE}. */
	private final int[] tokens;

	private LikePattern(int[] tokens) {
		this.tokens = tokens;
	}

	static LikePattern compile(String pattern) {
		int[] tokens = new int[pattern.length()];
		int size = 0;
		int i = 0;
		while (i < pattern.length()) {
			int c = pattern.codePointAt(i);
			i += Character.charCount(c);
			if (c == '\\' && i < pattern.length()) {
				int escaped = pattern.codePointAt(i);
				i += Character.charCount(escaped);
				tokens[size++] = fold(escaped);
			}
			else if (c == '%') {
				if (size == 0 || tokens[size - 1] != ANY) {
					tokens[size++] = ANY;
				}
			}
			else {
				tokens[size++] = (c == '_') ? ONE : fold(c);
			}
		}
		return new LikePattern(Arrays.copyOf(tokens, size));
	}

	/** Whether the whole text matches. */
	@Override
	public boolean test(String text) {
		int[] chars = text.codePoints().toArray();
		int p = 0;
		int t = 0;
		// The token after the last % seen, and the text position that % resumes from.
		int star = -1;
		int resume = 0;
		while (t < chars.length) {
			if (p < this.tokens.length && (this.tokens[p] == ONE || this.tokens[p] == fold(chars[t]))) {
				p++;
				t++;
			}
			else if (p < this.tokens.length && this.tokens[p] == ANY) {
				star = ++p;
				resume = t;
			}
			else if (star >= 0) {
				// The last % takes one more character; retry what follows it.
				p = star;
				t = ++resume;
			}
			else {
				return false;
			}
		}
		while (p < this.tokens.length && this.tokens[p] == ANY) {
			p++;
		}
		return p == this.tokens.length;
	}

	/** A code point's case-insensitive identity, as regular expressions compare them. */
	private static int fold(int codePoint) {
		return Character.toLowerCase(Character.toUpperCase(codePoint));
	}

}
