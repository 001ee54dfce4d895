package dev.statsemulator.answercache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the answer cache exact for every kind of write, through every vendor: services
 * with the cache on and one with it off (the oracle) share one database; every write goes
 * through a cached service; then every read (each vendor endpoint and the control API's
 * stats) is asked twice of each cached service and once of the oracle. The two rounds
 * must agree and the second must not read the database (no new miss), the answers must be
 * the oracle's, and each vendor the write touches must answer something new. Clock moves,
 * faults and the journal on cached calls are checked the same way.
 */
final class AnswerCacheScenario {

	static final String PUSH_APP = "1DC69-73EDB";

	static final String EMAIL_APP = "E2F1A-B0C4D";

	/** Every service's clock while the scenario runs. */
	static final String NOW = "2024-06-15T00:00:00Z";

	static final String WS = "cached";

	static final String SEEDED = "seeded";

	private static final List<String> VENDORS = List.of("control", "Tellody", "GetResponse", "Rocket.Chat",
			"Pushwoosh");

	/** The services with the cache on; writes go through them in turn. */
	private final List<Service> cached;

	/** A service with the cache off, on the same database. */
	private final Service oracle;

	/** The init directory every service seeds from. */
	private final Path initDir;

	private int writes;

	/** The workspace's time zone, which Tellody's calendar windows follow. */
	private ZoneId zone = ZoneId.of("UTC");

	private List<String> last;

	private AnswerCacheScenario(List<Service> cached, Service oracle, Path initDir) {
		this.cached = cached;
		this.oracle = oracle;
		this.initDir = initDir;
	}

	/**
	 * Writes the init directory the services must start with ({@code emulator.init-dir}).
	 */
	static void writeInitDirectory(Path initDir) throws IOException {
		Path seeded = Files.createDirectories(initDir.resolve(SEEDED));
		Files.writeString(seeded.resolve("workspace.json"),
				"{\"timezone\": \"UTC\", \"getresponse\": {\"apiKeys\": [\"seeded-gr-key\"]}}");
		Files.writeString(seeded.resolve("messages.json"), """
				[{"id": "seed-news", "channel": "email", "subject": "Seeded", "createdAt": "2024-03-01T08:00:00Z",
				  "sendAt": "2024-03-01T10:00:00Z"}]""");
		Files.writeString(seeded.resolve("events.ndjson"),
				"""
						{"id": "seed-1", "type": "sent", "at": "2024-03-01T10:00:00Z", "message": "seed-news", "contact": "a@example.com"}
						{"id": "seed-2", "type": "opened", "at": "2024-03-01T11:00:00Z", "message": "seed-news", "contact": "a@example.com"}
						""");
	}

	/**
	 * Runs the whole scenario.
	 * @param cached services with the cache on (on one database)
	 * @param oracle a service with the cache off, on the same database
	 * @param initDir the init directory all of them seed from
	 */
	static void run(List<RunningEmulator> cached, RunningEmulator oracle, Path initDir) throws IOException {
		new AnswerCacheScenario(cached.stream().map(Service::new).toList(), new Service(oracle), initDir).run();
	}

	private void run() throws IOException {
		freezeAll(NOW);
		put("Europe/Athens");
		base();
		check("base data", Set.of());

		write((admin) -> admin.postJson(path("/events"), ingestJson()));
		check("ingest (JSON)", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));

		write((admin) -> admin.post(path("/events"), "application/x-ndjson", ingestNdjson()));
		check("ingest (NDJSON)", Set.of("Rocket.Chat", "Pushwoosh"));

		write((admin) -> admin.postJson(path("/events"), """
				[{"id": "rename-1", "type": "chat_message", "at": "2024-06-06T11:00:00Z", "contact": "u3",
				  "room": {"id": "r-general", "name": "town-square", "type": "c"}}]"""));
		check("a chat room renamed", Set.of("Rocket.Chat"));

		write((admin) -> admin.postJson(path("/messages"),
				"""
						[{"id": "LATE-1", "number": 700, "application": "%s", "campaign": "CMP-LATE", "channel": "email",
						  "platforms": ["email"], "subject": "Late", "template": "tmpl-late", "createdAt": "2024-06-05T08:00:00Z",
						  "sendAt": "2024-06-05T09:00:00Z", "status": "done", "source": "EMAIL_CP"}]"""
					.formatted(EMAIL_APP)));
		check("a message registered after its events", Set.of("GetResponse", "Pushwoosh"));

		write((admin) -> admin.postJson(path("/generate"),
				"{\"seed\": 7, \"from\": \"2024-06-10T00:00:00Z\", \"eventsPerDay\": 150}"));
		check("generation", Set.of("control", "Tellody", "Rocket.Chat", "Pushwoosh"));

		put("America/New_York");
		check("a new time zone", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat"));

		String snapshot = sourceSnapshot("America/New_York");
		write((admin) -> admin.post(path("/snapshot"), "application/x-ndjson", snapshot));
		check("a snapshot imported", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));

		// Events after "now" count only once the clock has passed them.
		write((admin) -> admin.postJson(path("/events"),
				"""
						[{"id": "later-1", "type": "sent", "at": "2024-06-20T10:00:00Z", "channel": "sms", "contact": "+301"},
						 {"id": "later-2", "type": "sent", "at": "2024-06-20T10:05:00Z", "message": "NEWS-1", "contact": "z@example.com"}]"""));
		check("events after now", Set.of("GetResponse"));
		freezeAll("2024-06-25T00:00:00Z");
		check("the clock moved past them", Set.of("control", "Tellody"));
		freezeAll(NOW);
		check("the clock moved back", Set.of("control", "Tellody"));

		faultsAndJournalApplyToCachedCalls();

		write((admin) -> admin.postJson(path("/reset"), ""));
		// A reset releases the clock of the service that ran it.
		freezeAll(NOW);
		check("the workspace reset", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));
		base();
		check("base data again", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));

		write((admin) -> admin.delete(path("")));
		put("America/New_York");
		check("the workspace deleted and created again",
				Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));
		base();
		check("base data once more", Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh"));

		// The seed files change, then everything starts over from them.
		Files.writeString(this.initDir.resolve(SEEDED).resolve("events.ndjson"),
				"{\"id\": \"seed-3\", \"type\": \"opened\", \"at\": \"2024-03-02T11:00:00Z\", \"message\": \"seed-news\", \"contact\": \"b@example.com\"}\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		write((admin) -> admin.postJson("/_emulator/v1/reset", "{\"reseed\": true}"));
		freezeAll(NOW);
		put("America/New_York");
		check("everything reset and seeded again",
				Set.of("control", "Tellody", "GetResponse", "Rocket.Chat", "Pushwoosh", "seeded"));
	}

	/**
	 * A cached call still goes through fault injection and the journal: the first call
	 * fails as injected, the second answers the cached numbers, both are journaled.
	 */
	private void faultsAndJournalApplyToCachedCalls() {
		for (Service service : this.cached) {
			String stats = "GetResponse: get_message_stats (daily)";
			Response fault = service.admin.postJson(path("/faults"), "{\"vendor\": \"getresponse\", \"failNext\": 1}");
			assertThat(fault.status()).as(fault.toString()).isEqualTo(201);
			assertThat(service.admin.delete(path("/journal")).status()).isEqualTo(204);
			long hits = service.cache.hits();
			Response failed = service.reads(this.zone).get(stats).get();
			assertThat(failed.json().path("error").path("code").asInt()).as(failed.toString()).isEqualTo(-1);
			assertThat(failed.body()).contains("Too many requests");
			Response answered = service.reads(this.zone).get(stats).get();
			assertThat(answer(answered)).isEqualTo(answer(this.oracle.reads(this.zone).get(stats).get()));
			assertThat(service.cache.hits()).as("the second call is answered from the cache").isGreaterThan(hits);
			JsonNode journal = service.admin.get(path("/journal?vendor=getresponse")).json();
			assertThat(journal.path("total").asInt()).isEqualTo(2);
			assertThat(journal.path("entries").path(0).path("injected").asString()).isEqualTo("rate-limit");
			assertThat(journal.path("entries").path(1).path("injected").isNull()
					|| journal.path("entries").path(1).path("injected").isMissingNode())
				.as(journal.toString())
				.isTrue();
			assertThat(journal.path("entries").path(1).path("status").asInt()).isEqualTo(200);
		}
	}

	/** Every read of every cached service twice, and of the oracle. */
	private void check(String after, Set<String> changing) {
		List<String> expected = this.oracle.answers(this.zone);
		for (Service service : this.cached) {
			List<String> first = service.answers(this.zone);
			long misses = service.cache.misses();
			long hits = service.cache.hits();
			List<String> second = service.answers(this.zone);
			assertThat(second).as("%s: the same answers again", after).isEqualTo(first);
			assertThat(service.cache.misses()).as("%s: the second round reads nothing from the database", after)
				.isEqualTo(misses);
			assertThat(service.cache.hits()).as("%s: the second round is answered from the cache", after)
				.isGreaterThan(hits);
			assertThat(first).as("%s: the answers of a service without the cache", after).isEqualTo(expected);
		}
		if (this.last != null) {
			Set<String> changed = new LinkedHashSet<>();
			for (int i = 0; i < expected.size(); i++) {
				if (!expected.get(i).equals(this.last.get(i))) {
					changed.add(expected.get(i).substring(0, expected.get(i).indexOf(':')));
				}
			}
			assertThat(changed).as("%s: the APIs whose answers changed", after).containsAll(changing);
		}
		this.last = expected;
	}

	/** Runs a write through the next cached service; it must succeed. */
	private void write(Function<Http, Response> write) {
		Service service = this.cached.get(this.writes++ % this.cached.size());
		Response response = write.apply(service.admin);
		assertThat(response.status()).as(response.toString()).isBetween(200, 299);
	}

	private void freezeAll(String now) {
		for (Service service : services()) {
			Response frozen = service.admin.putJson("/_emulator/v1/clock", "{\"now\": \"" + now + "\"}");
			assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
		}
	}

	private List<Service> services() {
		List<Service> all = new ArrayList<>(this.cached);
		all.add(this.oracle);
		return all;
	}

	private void put(String timezone) {
		write((admin) -> admin.putJson(path(""), settings(timezone)));
		this.zone = ZoneId.of(timezone);
	}

	/** The catalogue and the events every vendor counts. */
	private void base() {
		write((admin) -> admin.postJson(path("/messages"), """
				[{"id": "NEWS-1", "number": 500, "application": "%s", "campaign": "CMP-EMAIL", "channel": "email",
				  "platforms": ["email"], "subject": "Hello", "template": "tmpl-1", "createdAt": "2024-06-01T08:00:00Z",
				  "sendAt": "2024-06-01T09:00:00Z", "status": "done", "source": "EMAIL_CP"},
				 {"id": "PUSH-1", "number": 600, "application": "%s", "campaign": "CMP-PUSH", "channel": "push",
				  "platforms": ["ios", "android"], "title": "Deals", "createdAt": "2024-06-01T08:00:00Z",
				  "sendAt": "2024-06-04T08:00:00Z", "status": "done", "source": "API"}]""".formatted(EMAIL_APP,
				PUSH_APP)));
		write((admin) -> admin.postJson(path("/events"),
				"""
							[{"id": "base-1", "type": "sent", "at": "2024-06-03T09:00:00Z", "message": "NEWS-1", "contact": "ann@example.com"},
							 {"id": "base-2", "type": "sent", "at": "2024-06-03T09:00:00Z", "message": "NEWS-1", "contact": "bob@example.com"},
							 {"id": "base-3", "type": "delivered", "at": "2024-06-03T09:01:00Z", "message": "NEWS-1", "contact": "ann@example.com"},
							 {"id": "base-4", "type": "opened", "at": "2024-06-03T10:00:00Z", "message": "NEWS-1", "contact": "ann@example.com"},
							 {"id": "base-5", "type": "opened", "at": "2024-06-03T22:30:00Z", "message": "NEWS-1", "contact": "bob@example.com"},
							 {"id": "base-6", "type": "clicked", "at": "2024-06-03T11:00:00Z", "message": "NEWS-1", "contact": "ann@example.com",
							  "link": "https://shop.example.com/sale"},
							 {"id": "base-7", "type": "bounced", "at": "2024-06-03T09:05:00Z", "message": "NEWS-1", "contact": "cid@example.com",
							  "bounce": "mailbox_full"},
							 {"id": "base-8", "type": "clicked", "at": "2024-06-05T12:00:00Z", "message": "LATE-1", "contact": "ann@example.com",
							  "link": "https://shop.example.com/late"},
							 {"id": "base-9", "type": "sent", "at": "2024-06-04T08:00:00Z", "channel": "push", "platform": "ios",
							  "message": "PUSH-1", "contact": "d1"},
							 {"id": "base-10", "type": "sent", "at": "2024-06-04T08:00:00Z", "channel": "push", "platform": "android",
							  "message": "PUSH-1", "contact": "d2"},
							 {"id": "base-11", "type": "delivered", "at": "2024-06-04T08:00:05Z", "channel": "push", "platform": "ios",
							  "message": "PUSH-1", "contact": "d1"},
							 {"id": "base-12", "type": "opened", "at": "2024-06-04T08:30:00Z", "channel": "push", "platform": "ios",
							  "message": "PUSH-1", "contact": "d1"},
							 {"id": "base-13", "type": "chat_message", "at": "2024-06-06T10:00:00Z", "contact": "u1",
							  "room": {"id": "r-general", "name": "general", "type": "c"}},
							 {"id": "base-14", "type": "chat_message", "at": "2024-06-06T21:30:00Z", "contact": "u1",
							  "room": {"id": "r-dm", "name": "dm", "type": "d"}},
							 {"id": "base-15", "type": "chat_message", "at": "2024-06-06T21:31:00Z", "contact": "u2",
							  "room": {"id": "r-dm", "name": "dm", "type": "d"}},
							 {"id": "base-16", "type": "contact_added", "at": "2024-06-07T10:00:00Z", "contact": "c1"},
							 {"id": "base-17", "type": "contact_added", "at": "2024-06-07T22:10:00Z", "contact": "c2"},
							 {"id": "base-18", "type": "group_added", "at": "2024-06-07T10:00:00Z"},
							 {"id": "base-19", "type": "sent", "at": "2024-06-07T12:00:00Z", "channel": "sms", "contact": "+300"},
							 {"id": "base-20", "type": "downloaded", "at": "2024-06-07T12:10:00Z", "channel": "sms", "contact": "+300"},
							 {"id": "base-21", "type": "voucher_viewed", "at": "2024-06-07T12:20:00Z", "channel": "sms", "contact": "+300"},
						{"id": "base-22", "type": "chat_message", "at": "2024-06-01T23:00:00Z", "contact": "u1",
						 "room": {"id": "r-general", "name": "general", "type": "c"}},
						{"id": "base-23", "type": "sent", "at": "2024-06-01T23:00:00Z", "channel": "sms", "contact": "+300"},
						{"id": "base-24", "type": "chat_message", "at": "2024-06-14T22:00:00Z", "contact": "u2",
						 "room": {"id": "r-general", "name": "general", "type": "c"}}]"""));
	}

	private static String ingestJson() {
		return """
				[{"id": "w1-1", "type": "sent", "at": "2024-06-08T09:00:00Z", "message": "NEWS-1", "contact": "dan@example.com"},
				 {"id": "w1-2", "type": "opened", "at": "2024-06-08T09:30:00Z", "message": "NEWS-1", "contact": "dan@example.com"},
				 {"id": "w1-3", "type": "clicked", "at": "2024-06-08T09:40:00Z", "message": "NEWS-1", "contact": "dan@example.com",
				  "link": "https://shop.example.com/sale?ref=1"},
				 {"id": "w1-4", "type": "bounced", "at": "2024-06-08T09:05:00Z", "message": "NEWS-1", "contact": "eve@example.com",
				  "bounce": "user_unknown"},
				 {"id": "w1-5", "type": "opened", "at": "2024-06-08T10:00:00Z", "channel": "push", "platform": "android",
				  "message": "PUSH-1", "contact": "d2"},
				 {"id": "w1-6", "type": "chat_message", "at": "2024-06-08T10:00:00Z", "contact": "u2",
				  "room": {"id": "r-general", "name": "general", "type": "c"}},
				 {"id": "w1-7", "type": "contact_added", "at": "2024-06-08T10:00:00Z", "contact": "c3"},
				 {"id": "w1-8", "type": "sent", "at": "2024-06-08T12:00:00Z", "channel": "sms", "contact": "+301"},
				 {"id": "w1-9", "type": "voucher_viewed", "at": "2024-06-08T12:30:00Z", "channel": "sms", "contact": "+301"}]""";
	}

	private static String ingestNdjson() {
		return """
				{"id": "w2-1", "type": "sent", "at": "2024-06-09T08:00:00Z", "channel": "push", "platform": "android", "message": "PUSH-1", "contact": "d3"}
				{"id": "w2-2", "type": "chat_message", "at": "2024-06-09T10:00:00Z", "contact": "u4", "room": {"id": "r-private", "name": "team", "type": "p"}}
				""";
	}

	/** A snapshot of another workspace with events for every vendor. */
	private String sourceSnapshot(String timezone) {
		Service service = this.cached.get(0);
		String source = "/_emulator/v1/workspaces/" + WS + "-source";
		assertThat(service.admin.putJson(source, "{\"timezone\": \"" + timezone + "\"}").status()).isBetween(200, 201);
		Response stored = service.admin.postJson(source + "/events",
				"""
						[{"id": "src-1", "type": "opened", "at": "2024-06-11T09:00:00Z", "message": "NEWS-1", "contact": "fay@example.com"},
						 {"id": "src-2", "type": "clicked", "at": "2024-06-11T09:10:00Z", "message": "NEWS-1", "contact": "fay@example.com",
						  "link": "https://shop.example.com/new"},
						 {"id": "src-3", "type": "opened", "at": "2024-06-11T09:00:00Z", "channel": "push", "platform": "ios",
						  "message": "PUSH-1", "contact": "d4"},
						 {"id": "src-4", "type": "chat_message", "at": "2024-06-11T10:00:00Z", "contact": "u5",
						  "room": {"id": "r-dm", "name": "dm", "type": "d"}},
						 {"id": "src-5", "type": "contact_added", "at": "2024-06-11T10:00:00Z", "contact": "c4"},
						 {"id": "src-6", "type": "sent", "at": "2024-06-11T12:00:00Z", "channel": "sms", "contact": "+302"}]""");
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		Response snapshot = service.admin.get(source + "/snapshot");
		assertThat(snapshot.status()).isEqualTo(200);
		return snapshot.body();
	}

	private static String settings(String timezone) {
		return """
				{"timezone": "%s",
				 "tellody": {"users": [{"username": "%s-tellody", "password": "pw"}]},
				 "getresponse": {"apiKeys": ["%s-gr-key"]},
				 "rocketchat": {"license": true, "users": [{"userId": "%s-rc", "authToken": "%s-rc-token",
				                "username": "%s-rc-user", "password": "pw", "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "%s-pw-token", "applications": ["%s", "%s"]}]}}"""
			.formatted(timezone, WS, WS, WS, WS, WS, WS, PUSH_APP, EMAIL_APP);
	}

	private static String path(String rest) {
		return "/_emulator/v1/workspaces/" + WS + rest;
	}

	private static String answer(Response response) {
		return response.status() + " "
				+ response.body().replaceAll("\"pagination_token\":\"[^\"]+\"", "\"pagination_token\":\"<token>\"");
	}

	/** One running service and the calls it answers. */
	private static final class Service {

		private final Http http;

		private final Http admin;

		private final AnswerCache cache;

		private String xsrfToken;

		Service(RunningEmulator emulator) {
			this.http = emulator.http();
			this.admin = emulator.admin();
			this.cache = emulator.bean(AnswerCache.class);
		}

		/** Every read's answer, named by its API, in a fixed order. */
		List<String> answers(ZoneId zone) {
			tellodyLogin();
			List<String> answers = new ArrayList<>();
			reads(zone).forEach((name, call) -> answers.add(name + ": " + answer(call.get())));
			return answers;
		}

		Map<String, java.util.function.Supplier<Response>> reads(ZoneId zone) {
			long june = LocalDate.of(2024, 6, 1).atStartOfDay(zone).toInstant().toEpochMilli();
			long july = LocalDate.of(2024, 7, 1).atStartOfDay(zone).toInstant().toEpochMilli();
			Map<String, java.util.function.Supplier<Response>> calls = new LinkedHashMap<>();
			calls.put("control: stats by day",
					() -> this.admin.get(path("/stats?type=opened&from=2024-06-01&to=2024-06-15&unit=day")));
			calls.put("control: stats up to now",
					() -> this.admin.get(path("/stats?type=sent&from=2024-06-01&unit=day")));
			calls.put("Tellody: UserInfo", () -> tellody().get("/CampaignCloud/UserInfo"));
			calls.put("Tellody: ContactChart",
					() -> tellody().postJson("/CampaignCloud/Report/ContactChart",
							"{\"from\":%d,\"to\":%d,\"unit\":\"day\",\"window\":\"month\",\"dow\":1}".formatted(june,
									july - 1)));
			calls.put("Tellody: UniqueCode by hour",
					() -> tellody().postJson("/CampaignCloud/Report/UniqueCode",
							"{\"from\":%d,\"to\":%d,\"unit\":\"hour\",\"window\":\"month\",\"dow\":1}".formatted(june,
									july - 1)));
			calls.put("Tellody: UniqueCode totals", () -> tellody().postJson("/CampaignCloud/Report/UniqueCode",
					"{\"from\":%d,\"to\":%d,\"unit\":\"day\",\"dow\":1}".formatted(june + 1234, july - 5678)));
			calls.put("GetResponse: get_messages", () -> getResponse("get_messages", "{\"type\": \"newsletter\"}"));
			calls.put("GetResponse: get_message_stats (daily)",
					() -> getResponse("get_message_stats", "{\"message\": \"NEWS-1\", \"grouping\": \"daily\"}"));
			calls.put("GetResponse: get_message_stats (hourly)",
					() -> getResponse("get_message_stats", "{\"message\": \"NEWS-1\", \"grouping\": \"hourly\"}"));
			String range = "?start=2024-06-01T00:00:00.000Z&end=2024-06-14T23:59:59.999Z";
			calls.put("Rocket.Chat: messages-sent",
					() -> rocketChat().get("/api/v1/engagement-dashboard/messages/messages-sent" + range));
			calls.put("Rocket.Chat: origin",
					() -> rocketChat().get("/api/v1/engagement-dashboard/messages/origin" + range));
			calls.put("Rocket.Chat: top-five-popular-channels",
					() -> rocketChat().get("/api/v1/engagement-dashboard/messages/top-five-popular-channels" + range));
			calls.put("Pushwoosh: messages:list", () -> pushwoosh("/api/v2/messages:list",
					"{\"filters\": {\"application\": \"%s\"}, \"params\": {\"with_details\": true, \"with_metrics\": true}}"
						.formatted(PUSH_APP)));
			calls.put("Pushwoosh: totalsByIntervals",
					() -> pushwoosh("/api/v2/statistics/messages/totalsByIntervals", "{\"message_code\": \"PUSH-1\"}"));
			calls.put("Pushwoosh: getMessageLog", () -> pushwoosh("/api/v2/statistics/getMessageLog",
					"{\"message_code\": \"PUSH-1\", \"limit\": 50}"));
			calls.put("Pushwoosh: linksInteractions", () -> pushwoosh("/api/v2/statistics/emails/linksInteractions",
					"{\"filters\": {\"application\": \"%s\", \"link_template\": \"https://shop.example.com/*\"}, \"params\": {\"with_full_links\": true}}"
						.formatted(EMAIL_APP)));
			calls.put("Pushwoosh: linksInteractionsDevices",
					() -> pushwoosh("/api/v2/statistics/emails/linksInteractionsDevices",
							"{\"filters\": {\"messages_ids\": [500]}, \"per_page\": 3, \"page\": 0}"));
			calls.put("Pushwoosh: bouncedEmails",
					() -> pushwoosh("/api/v2/statistics/emails/bouncedEmails",
							"{\"application\": \"%s\", \"campaign\": \"CMP-EMAIL\", \"per_page\": 10, \"page\": 0}"
								.formatted(EMAIL_APP)));
			calls.put("seeded: get_message_stats", () -> this.http.postJson("/",
					"{\"jsonrpc\": \"2.0\", \"method\": \"get_message_stats\", \"params\": [\"seeded-gr-key\", {\"message\": \"seed-news\"}], \"id\": 1}"));
			return calls;
		}

		private void tellodyLogin() {
			this.xsrfToken = this.http.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
			Response login = this.http.withHeader("X-XSRF-TOKEN", this.xsrfToken)
				.post("/CampaignCloud/login", "application/x-www-form-urlencoded",
						"username=" + WS + "-tellody&password=pw&remember-me=false");
			assertThat(login.status()).as(login.toString()).isEqualTo(200);
			this.xsrfToken = this.http.get("/CampaignCloud/RememberMeController/ping").header("X-XSRF-TOKEN");
		}

		private Http tellody() {
			return this.http.withHeader("X-XSRF-TOKEN", this.xsrfToken);
		}

		private Response getResponse(String method, String conditions) {
			return this.http.postJson("/", "{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\", \"params\": [\"" + WS
					+ "-gr-key\", " + conditions + "], \"id\": 1}");
		}

		private Http rocketChat() {
			return this.http.withHeader("X-User-Id", WS + "-rc").withHeader("X-Auth-Token", WS + "-rc-token");
		}

		private Response pushwoosh(String path, String json) {
			return this.http.withHeader("Authorization", "Api " + WS + "-pw-token").postJson(path, json);
		}

	}

}
