package dev.statsemulator.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credential rows and the public view derived from settings, validated on the way:
 * each section goes to the vendor module that owns it. The passwords of password rows are
 * kept (in memory only) so that stored bcrypt hashes can be checked against them.
 */
record CredentialPlan(List<CredentialRow> rows, Map<String, JsonNode> view, Map<CredentialRow, String> passwords) {

	static CredentialPlan of(String workspaceId, WorkspaceSettings settings, List<VendorCredentials> vendors,
			List<String> problems, JsonMapper json, KeyHasher hasher) {
		List<CredentialRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Map<String, JsonNode> view = new LinkedHashMap<>();
		Map<CredentialRow, String> passwords = new HashMap<>();
		for (String section : settings.sections().keySet()) {
			if (vendors.stream().noneMatch((vendor) -> vendor.vendor().equals(section))) {
				problems.add(section + ": not a section of a workspace (timezone, "
						+ String.join(", ", vendors.stream().map(VendorCredentials::vendor).toList()) + ")");
			}
		}
		for (VendorCredentials vendor : vendors) {
			JsonNode section = settings.sections().get(vendor.vendor());
			if (section != null && !section.isNull()) {
				SectionPlan plan = new SectionPlan(workspaceId, vendor.vendor(), rows, seen, problems, json, passwords,
						hasher);
				view.put(vendor.vendor(), json.valueToTree(vendor.plan(section, plan)));
			}
		}
		return new CredentialPlan(rows, view, passwords);
	}

}
