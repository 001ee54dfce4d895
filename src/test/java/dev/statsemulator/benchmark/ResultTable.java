package dev.statsemulator.benchmark;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table, printed and written as it is. */
final class ResultTable {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	ResultTable(String... header) {
		this.header = List.of(header);
	}

	void add(String... cells) {
		if (cells.length != this.header.size()) {
			throw new IllegalArgumentException("expected " + this.header.size() + " cells: " + List.of(cells));
		}
		this.rows.add(List.of(cells));
	}

	String markdown() {
		int[] widths = new int[this.header.size()];
		List<List<String>> all = new ArrayList<>();
		all.add(this.header);
		all.addAll(this.rows);
		for (List<String> row : all) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder();
		line(out, this.header, widths);
		out.append('|');
		for (int width : widths) {
			out.append("-".repeat(width + 2)).append('|');
		}
		out.append('\n');
		this.rows.forEach((row) -> line(out, row, widths));
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells, int[] widths) {
		out.append('|');
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			out.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length() + 1)).append('|');
		}
		out.append('\n');
	}

	/** PASS or MISS. */
	static String verdict(boolean passed) {
		return passed ? "PASS" : "MISS";
	}

	static String ms(double millis) {
		return (millis < 10) ? String.format("%.2f ms", millis) : String.format("%.1f ms", millis);
	}

	static String ratio(double ratio) {
		return (ratio < 10) ? String.format("%.2f", ratio) : String.format("%.0f", ratio);
	}

	static String count(double value) {
		return String.format("%,.0f", value);
	}

}
