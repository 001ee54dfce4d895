package dev.statsemulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules, verified by Spring Modulith: each feature package is a module that uses
 * only the modules its {@code package-info.java} allows and only their public API; no
 * cycles. The Documenter's diagrams go to {@code target/spring-modulith-docs}; the
 * Mermaid diagram in docs/architecture.md is derived from the same model and checked
 * here, so it cannot drift from the code.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(StatsEmulatorApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

	@Test
	void architectureDocumentShowsTheCurrentModuleDiagram() throws IOException {
		String document = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
		assertThat(document)
			.as("docs/architecture.md must contain the module diagram as the code has it now:%n%s", mermaid(MODULES))
			.contains(mermaid(MODULES));
	}

	/**
	 * A Mermaid flowchart of the modules and their direct dependencies, in a stable
	 * order.
	 */
	static String mermaid(ApplicationModules modules) {
		StringBuilder diagram = new StringBuilder("```mermaid\nflowchart LR\n");
		modules.stream().sorted(Comparator.comparing(ApplicationModule::getIdentifier)).forEach((module) -> {
			diagram.append("    ")
				.append(module.getIdentifier())
				.append("[\"")
				.append(module.getDisplayName())
				.append("\"]\n");
		});
		TreeSet<String> edges = new TreeSet<>();
		modules.forEach((module) -> module.getDirectDependencies(modules)
			.uniqueModules()
			.forEach((target) -> edges.add("    " + module.getIdentifier() + " --> " + target.getIdentifier())));
		edges.forEach((edge) -> diagram.append(edge).append('\n'));
		return diagram.append("```\n").toString();
	}

}
