package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventParserTests {

	private final List<BatchError> errors = new ArrayList<>();

	private Event parse(String json) {
		JsonNode node = JsonMapper.shared().readTree(json);
		return EventParser.parse(3, node, this.errors);
	}

	@Test
	void defaultsFollowTheEventModel() {
		Event opened = parse("{\"type\": \"opened\", \"at\": \"2024-08-03T18:04:05+03:00\"}");
		assertThat(opened.at()).isEqualTo(Instant.parse("2024-08-03T15:04:05Z"));
		assertThat(opened.channel()).isEqualTo(Channel.EMAIL);
		assertThat(opened.platform()).isEqualTo(Platform.EMAIL);
		assertThat(parse("{\"type\": \"inbox_read\", \"at\": 0}")).isNull();
		this.errors.clear();
		Event inbox = parse("{\"type\": \"inbox_read\", \"at\": 1722697445000}");
		assertThat(inbox.channel()).isEqualTo(Channel.PUSH);
		assertThat(inbox.platform()).isNull();
		Event sms = parse("{\"type\": \"sent\", \"at\": 1722697445000, \"channel\": \"sms\"}");
		assertThat(sms.platform()).isEqualTo(Platform.SMS);
		assertThat(sms.status()).isEqualTo("success");
		assertThat(sms.detail()).isEqualTo("success");
		Event bounce = parse("{\"type\": \"bounced\", \"at\": 1722697445000}");
		assertThat(bounce.bounce()).isEqualTo(BounceType.OTHER_HARD);
		assertThat(bounce.detail()).isEqualTo("other_hard");
		Event complaint = parse("{\"type\": \"complained\", \"at\": 1722697445000}");
		assertThat(complaint.detail()).isEqualTo("unhandled");
		Event chat = parse(
				"{\"type\": \"chat_message\", \"at\": 1722697445000, \"room\": {\"id\": \"r1\", \"name\": \"general\", \"type\": \"c\"}}");
		assertThat(chat.channel()).isEqualTo(Channel.CHAT);
		assertThat(chat.messageKey()).isEqualTo("r1");
		assertThat(chat.detail()).isEqualTo("c");
		assertThat(this.errors).isEmpty();
	}

	@Test
	void theSameContentHasTheSameHashWhateverTheIdOrTimeNotation() {
		Event a = parse("{\"id\": \"x\", \"type\": \"sent\", \"at\": \"2024-08-03T15:04:05Z\", \"message\": \"m\"}");
		Event b = parse("{\"id\": \"y\", \"type\": \"sent\", \"at\": 1722697445000, \"message\": \"m\"}");
		Event c = parse("{\"id\": \"x\", \"type\": \"sent\", \"at\": 1722697445000, \"message\": \"n\"}");
		assertThat(a.contentHash()).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
	}

	@Test
	void everyProblemIsReportedWithItsIndexAndField() {
		assertThat(parse("""
				{"type": "opened", "at": "2024-08-03 15:04:05", "platform": "palm", "handled": "yes",
				 "revenue": "12", "message": "", "room": {"id": "r"}, "colour": "red"}""")).isNull();
		assertThat(this.errors).extracting(BatchError::field)
			.containsExactlyInAnyOrder("at", "platform", "handled", "revenue", "message", "room", "colour");
		assertThat(this.errors).allMatch((error) -> error.index() == 3 && !error.message().isBlank());
	}

	@Test
	void timesOutsideTheSaneYearsAreRejected() {
		assertThat(parse("{\"type\": \"sent\", \"at\": 1722697445}")).isNull();
		assertThat(this.errors.get(0).message()).contains("epoch seconds");
		assertThat(parse("{\"type\": \"sent\", \"at\": \"2300-01-01T00:00:00Z\"}")).isNull();
		assertThat(parse("{\"type\": \"sent\", \"at\": \"2024-02-30T00:00:00Z\"}")).isNull();
		assertThat(this.errors).hasSize(3);
	}

	@Test
	void roomsNeedAValidType() {
		assertThat(parse("{\"type\": \"chat_message\", \"at\": 1722697445000}")).isNull();
		assertThat(parse(
				"{\"type\": \"chat_message\", \"at\": 1722697445000, \"room\": {\"id\": \"r\", \"name\": \"n\", \"type\": \"x\"}}"))
			.isNull();
		assertThat(this.errors).extracting(BatchError::field).containsExactly("room", "room.type");
	}

}
