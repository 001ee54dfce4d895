package dev.statsemulator.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller PUTs to create or replace a workspace: its time zone and, per vendor, a
 * section with the credentials that map to it. Every section is optional; each belongs to
 * the vendor module that contributes it ({@link VendorCredentials}), so this module keeps
 * sections as JSON.
 *
 * @param timezone IANA time zone of the workspace (default UTC)
 * @param sections the vendor sections by vendor name, in the order given
 */
public record WorkspaceSettings(@Nullable String timezone, Map<String, JsonNode> sections) {

	public WorkspaceSettings {
		sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
	}

	/** Settings with a time zone and no vendor section. */
	public static WorkspaceSettings inTimezone(@Nullable String timezone) {
		return new WorkspaceSettings(timezone, Map.of());
	}

	/** A vendor's section, if the workspace has one. */
	public @Nullable JsonNode section(String vendor) {
		JsonNode section = this.sections.get(vendor);
		return (section == null || section.isNull()) ? null : section;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static WorkspaceSettings of(ObjectNode json) {
		String timezone = null;
		Map<String, JsonNode> sections = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : json.properties()) {
			JsonNode value = property.getValue();
			if ("timezone".equals(property.getKey())) {
				if (!value.isNull() && !value.isValueNode()) {
					throw new IllegalArgumentException("timezone must be a string");
				}
				timezone = value.isNull() ? null : value.asString();
			}
			else if (!value.isNull()) {
				sections.put(property.getKey(), value);
			}
		}
		return new WorkspaceSettings(timezone, sections);
	}

	@JsonValue
	ObjectNode toJson() {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		json.put("timezone", this.timezone);
		this.sections.forEach(json::set);
		return json;
	}

}
