package dev.statsemulator.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the machine is, as far as Linux tells. */
final class Environment {

	private Environment() {
	}

	static String cpuModel() {
		return field("/proc/cpuinfo", "model name").orElse("unknown CPU");
	}

	static String memory() {
		return field("/proc/meminfo", "MemTotal")
			.map((total) -> String.format("%.0f GiB", Long.parseLong(total.replaceAll("\\D", "")) / 1024.0 / 1024.0))
			.orElse("unknown memory");
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static java.util.Optional<String> field(String file, String name) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			return lines.stream()
				.filter((line) -> line.startsWith(name))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

}
