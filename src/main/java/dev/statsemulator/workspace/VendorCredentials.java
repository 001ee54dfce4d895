package dev.statsemulator.workspace;

import tools.jackson.databind.JsonNode;

/**
 * The extension point through which a vendor module contributes its section of the
 * workspace JSON: the credentials that let its callers in, validated and stored by this
 * module without it knowing any vendor by name. Each vendor module declares one bean;
 * their {@link org.springframework.core.annotation.Order order} is the order of the
 * sections in the workspace JSON and of the problems reported for an invalid PUT.
 */
public interface VendorCredentials {

	/**
	 * The vendor's name: the key of its section in the workspace JSON, and the vendor
	 * under which its credentials are stored and looked up.
	 */
	String vendor();

	/**
	 * Reads the section a caller PUT, adds its credentials to the plan (which hashes
	 * secrets and checks uniqueness) and reports each invalid entry to it.
	 * @param section the section as given (never null or JSON null)
	 * @param plan collects the credentials and problems
	 * @return the section as the workspace shows it: secrets removed or masked
	 */
	Object plan(JsonNode section, SectionPlan plan);

}
