package dev.statsemulator.getresponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.workspace.SectionPlan;
import dev.statsemulator.workspace.VendorCredentials;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * GetResponse's section of the workspace JSON, {@code "getresponse": {"apiKeys": [...]}}:
 * API keys, kept as their digest and shown masked.
 */
@Component
@Order(2)
class GetResponseCredentials implements VendorCredentials {

	private static final String VENDOR = "getresponse";

	private static final String API_KEY = "api-key";

	private final WorkspaceService workspaces;

	GetResponseCredentials(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	record Section(@Nullable List<String> apiKeys) {
	}

	@Override
	public String vendor() {
		return VENDOR;
	}

	@Override
	public Object plan(JsonNode json, SectionPlan plan) {
		Section section = plan.read(json, Section.class);
		List<String> keys = new ArrayList<>();
		List<String> given = (section.apiKeys() != null) ? section.apiKeys() : List.of();
		for (int i = 0; i < given.size(); i++) {
			String key = given.get(i);
			String field = "getresponse.apiKeys[" + i + "]";
			if (!StringUtils.hasText(key)) {
				plan.problem(field, "must not be blank");
				continue;
			}
			plan.addToken(field, API_KEY, key, Map.of());
			keys.add(SectionPlan.mask(key));
		}
		return new Section(keys);
	}

	/** The workspace this API key belongs to. */
	Optional<String> workspaceOf(String apiKey) {
		return this.workspaces.findToken(VENDOR, API_KEY, apiKey).map((credential) -> credential.workspaceId());
	}

}
