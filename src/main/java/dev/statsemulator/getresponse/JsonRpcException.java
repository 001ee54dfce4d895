package dev.statsemulator.getresponse;

/** A call that ends with a JSON-RPC error object instead of a result. */
class JsonRpcException extends RuntimeException {

	private final transient JsonRpcError error;

	JsonRpcException(JsonRpcError error) {
		super(error.message() + ((error.data() != null) ? ": " + error.data() : ""), null, false, false);
		this.error = error;
	}

	static JsonRpcException invalidParams(String data) {
		return new JsonRpcException(JsonRpcError.invalidParams(data));
	}

	JsonRpcError error() {
		return this.error;
	}

}
