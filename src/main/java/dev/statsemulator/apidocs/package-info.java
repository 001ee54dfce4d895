/**
 * The OpenAPI documents (one per API) and Swagger UI: the operations springdoc finds,
 * with each vendor's auth scheme, error bodies and examples from the demo workspace.
 */
@ApplicationModule(displayName = "API docs", allowedDependencies = { "aggregation" })
@NullMarked
package dev.statsemulator.apidocs;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
