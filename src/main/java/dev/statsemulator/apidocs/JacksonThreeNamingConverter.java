package dev.statsemulator.apidocs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.node.ObjectNode;

/**
 * Swagger's model reader runs on Jackson 2 and does not see Jackson 3's
 * {@code @JsonNaming}: without this, Pushwoosh's snake_case records would be documented
 * in camelCase, names its API does not take or give.
 */
class JacksonThreeNamingConverter implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		if (type.getType() == null) {
			return chain.next().resolve(type, context, chain);
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (JsonNode.class.isAssignableFrom(raw)) {
			// A JSON tree (a message's content, a vendor's section of a workspace): any
			// JSON value to a client, and no bean for swagger-core to read.
			return ObjectNode.class.isAssignableFrom(raw) ? new ObjectSchema() : new Schema<>();
		}
		// Nested records share simple names (Item, Filters, Params): name them with their
		// enclosing type, so one does not replace another in the document.
		if (raw.isRecord() && raw.getEnclosingClass() != null && raw.getName().startsWith("dev.statsemulator.")
				&& (type.getName() == null || type.getName().isBlank())) {
			type.name(raw.getEnclosingClass().getSimpleName() + raw.getSimpleName());
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		if (schema == null) {
			return schema;
		}
		JsonNaming naming = raw.getAnnotation(JsonNaming.class);
		if (naming == null || naming.value() != PropertyNamingStrategies.SnakeCaseStrategy.class) {
			return schema;
		}
		Schema<?> target = schema;
		if (schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			target = context.getDefinedModels().get(name);
		}
		if (target != null && target.getProperties() != null) {
			snakeCase(target);
		}
		return schema;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void snakeCase(Schema schema) {
		Map<String, Schema> renamed = new LinkedHashMap<>();
		((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> renamed.put(snake(name), property));
		schema.setProperties(renamed);
		if (schema.getRequired() != null) {
			schema.setRequired(
					((List<String>) schema.getRequired()).stream().map(JacksonThreeNamingConverter::snake).toList());
		}
	}

	static String snake(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
