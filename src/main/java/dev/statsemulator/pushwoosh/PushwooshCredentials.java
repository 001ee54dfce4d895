package dev.statsemulator.pushwoosh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.SectionPlan;
import dev.statsemulator.workspace.VendorCredentials;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Pushwoosh's section of the workspace JSON, {@code "pushwoosh": {"tokens": [...]}}: API
 * access tokens and the application codes each may read.
 */
@Component
@Order(4)
class PushwooshCredentials implements VendorCredentials {

	private static final String VENDOR = "pushwoosh";

	private static final String TOKEN = "token";

	private final WorkspaceService workspaces;

	PushwooshCredentials(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	record Section(@Nullable List<Token> tokens) {
	}

	/**
	 * @param token API access token (stored hashed)
	 * @param applications application codes the token may read
	 */
	record Token(@Nullable String token, @Nullable List<String> applications) {
	}

	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public Object plan(JsonNode json, SectionPlan plan) {
		Section section = plan.read(json, Section.class);
		List<Token> tokens = new ArrayList<>();
		List<Token> given = (section.tokens() != null) ? section.tokens() : List.of();
		for (int i = 0; i < given.size(); i++) {
			Token token = given.get(i);
			String field = "pushwoosh.tokens[" + i + "]";
			if (token == null || !StringUtils.hasText(token.token())) {
				plan.problem(field, "token is required");
				continue;
			}
			List<String> applications = (token.applications() != null) ? token.applications() : List.of();
			if (applications.stream().anyMatch((app) -> !StringUtils.hasText(app))) {
				plan.problem(field, "application codes must not be blank");
				continue;
			}
			plan.addToken(field, TOKEN, token.token(), Map.of("applications", applications));
			tokens.add(new Token(SectionPlan.mask(token.token()), applications));
		}
		return new Section(tokens);
	}

	/** The access this token gives. */
	Optional<PushwooshAccess> access(String token) {
		return this.workspaces.findToken(VENDOR, TOKEN, token).map((credential) -> {
			Set<String> applications = new HashSet<>();
			credential.attributes().path("applications").forEach((app) -> applications.add(app.asString()));
			return new PushwooshAccess(credential.workspaceId(), Set.copyOf(applications));
		});
	}

}
