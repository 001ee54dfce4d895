package dev.statsemulator.citus;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.postgresql.util.PSQLWarning;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the service's DataSource so a test sees every statement the service runs while
 * recording: its SQL, the parameters it was run with (the first row of a batch), and the
 * remote commands Citus reports for it ({@code citus.log_remote_commands} and
 * {@code citus.log_local_commands}, turned on for every connection, arrive as notices). A
 * COPY goes through the driver's own API, past this wrapper: its notices are collected
 * from the connection and recorded as an entry of their own.
 */
final class SqlCapture {

	/**
	 * What the service ran: one statement, or (sql null) the remote commands of what ran
	 * past the wrapper: a COPY, or a commit.
	 */
	record Execution(String sql, Map<Integer, Parameter> parameters, List<RemoteCommand> remoteCommands) {

		boolean copy() {
			return this.sql == null;
		}

	}

	/** A parameter as the service set it: the setter's name and arguments. */
	record Parameter(Method setter, Object[] arguments) {

		void applyTo(PreparedStatement statement) throws SQLException {
			Object[] values = this.arguments.clone();
			if (values[1] instanceof Array array) {
				values[1] = statement.getConnection()
					.createArrayOf(array.getBaseTypeName(), (Object[]) array.getArray());
			}
			try {
				this.setter.invoke(statement, values);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new SQLException("cannot replay " + this.setter.getName(), ex);
			}
		}

	}

	/**
	 * A command Citus sent to a node: {@code port} is the node's port, or 0 for one run
	 * locally on the coordinator.
	 */
	record RemoteCommand(int port, String command) {

	}

	private volatile boolean recording;

	private final List<Execution> executions = Collections.synchronizedList(new ArrayList<>());

	DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				return connection(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return connection(super.getConnection(username, password));
			}

		};
	}

	void start() {
		this.executions.clear();
		this.recording = true;
	}

	List<Execution> stop() {
		this.recording = false;
		synchronized (this.executions) {
			List<Execution> recorded = List.copyOf(this.executions);
			this.executions.clear();
			return recorded;
		}
	}

	private Connection connection(Connection target) throws SQLException {
		try (Statement statement = target.createStatement()) {
			statement.execute("SET citus.log_remote_commands = on");
			statement.execute("SET citus.log_local_commands = on");
		}
		target.clearWarnings();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				new ConnectionHandler(target));
	}

	/** Notices of a COPY (or anything else run past the wrapper) since the last look. */
	private void collectConnectionNotices(Connection connection) throws SQLException {
		List<RemoteCommand> commands = remoteCommands(connection.getWarnings());
		connection.clearWarnings();
		if (this.recording && !commands.isEmpty()) {
			this.executions.add(new Execution(null, Map.of(), commands));
		}
	}

	private static List<RemoteCommand> remoteCommands(SQLWarning warning) {
		List<RemoteCommand> commands = new ArrayList<>();
		for (SQLWarning next = warning; next != null; next = next.getNextWarning()) {
			String message = next.getMessage();
			int port = -1;
			String command = null;
			if (next instanceof PSQLWarning notice && notice.getServerErrorMessage() != null) {
				message = notice.getServerErrorMessage().getMessage();
				String detail = notice.getServerErrorMessage().getDetail();
				if (message != null && message.startsWith("issuing ") && detail != null) {
					java.util.regex.Matcher server = java.util.regex.Pattern.compile("@[^:]+:(\\d+)").matcher(detail);
					port = server.find() ? Integer.parseInt(server.group(1)) : -1;
					command = message.substring("issuing ".length());
				}
				else if (message != null && message.startsWith("executing the command locally: ")) {
					port = 0;
					command = message.substring("executing the command locally: ".length());
				}
			}
			if (command != null) {
				commands.add(new RemoteCommand(port, command));
			}
		}
		return commands;
	}

	private final class ConnectionHandler implements InvocationHandler {

		private final Connection target;

		ConnectionHandler(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("close") && !this.target.isClosed()) {
				collectConnectionNotices(this.target);
			}
			Object result = call(this.target, method, args);
			if (name.equals("prepareStatement")) {
				return statement(PreparedStatement.class, (Statement) result, (String) args[0]);
			}
			if (name.equals("createStatement")) {
				return statement(Statement.class, (Statement) result, null);
			}
			return result;
		}

		private Object statement(Class<?> type, Statement target, String sql) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type },
					new StatementHandler(this.target, target, sql));
		}

	}

	private final class StatementHandler implements InvocationHandler {

		private final Connection connection;

		private final Statement target;

		private final String sql;

		private Map<Integer, Parameter> parameters = new TreeMap<>();

		private Map<Integer, Parameter> firstBatch;

		StatementHandler(Connection connection, Statement target, String sql) {
			this.connection = connection;
			this.target = target;
			this.sql = sql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				this.parameters.put(index, new Parameter(method, args.clone()));
			}
			else if (name.equals("clearParameters")) {
				this.parameters = new TreeMap<>();
			}
			else if (name.equals("addBatch") && (args == null || args.length == 0)) {
				if (this.firstBatch == null) {
					this.firstBatch = new TreeMap<>(this.parameters);
				}
			}
			else if (name.startsWith("execute")) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : this.sql;
				Map<Integer, Parameter> used = (this.firstBatch != null) ? this.firstBatch : this.parameters;
				collectConnectionNotices(this.connection);
				try {
					return call(this.target, method, args);
				}
				finally {
					List<RemoteCommand> commands = remoteCommands(this.target.getWarnings());
					this.target.clearWarnings();
					if (SqlCapture.this.recording && !isSession(sql)) {
						SqlCapture.this.executions.add(new Execution(sql, Map.copyOf(used), commands));
					}
					this.firstBatch = null;
				}
			}
			return call(this.target, method, args);
		}

	}

	/** The wrapper's own settings, not the service's. */
	private static boolean isSession(String sql) {
		return sql.toLowerCase(Locale.ROOT).startsWith("set citus.log_");
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
