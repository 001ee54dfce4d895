"""GetResponse API 1.5 through jsonrpclib-pelix, as GetResponse's Python sample uses it:
jsonrpclib.Server(api_url), then one Python call per API method. Only the URL differs."""
import os
import sys

import jsonrpclib

from check import Checks

API_KEY = "clients-gr-key"
api_url = os.environ["EMULATOR_URL"]

checks = Checks("getresponse/python-jsonrpclib-pelix")
client = jsonrpclib.Server(api_url)

checks.equal("ping", client.ping(API_KEY), {"ping": "pong"})

stats = client.get_message_stats(API_KEY, {"message": "gr-msg-1", "grouping": "daily"})
checks.equal("get_message_stats days", list(stats.keys()), ["2024-03-01", "2024-03-02"])
first, second = stats["2024-03-01"], stats["2024-03-02"]
checks.equal("2024-03-01 sent/opened/unique_opened/bounces_user_unknown",
             [first["sent"], first["opened"], first["unique_opened"], first["bounces_user_unknown"]], [3, 1, 1, 1])
checks.equal("2024-03-02 sent/opened/unique_opened/clicked/unique_clicked",
             [second["sent"], second["opened"], second["unique_opened"], second["clicked"], second["unique_clicked"]],
             [0, 2, 1, 1, 1])
checks.equal("19 counters per day", len(first), 19)

messages = client.get_messages(API_KEY, {"subject": {"CONTAINS": "Spring%"}})
checks.equal("get_messages by subject", {k: v["subject"] for k, v in messages.items()}, {"gr-msg-1": "Spring news"})

# A JSON-RPC 2.0 notification: the library accepts only HTTP 200 and reads an empty body as no answer.
try:
    checks.equal("notification (200, empty body)", client._notify.ping(API_KEY), None)
except Exception as error:  # a TransportError on a 204
    checks.fail("notification (200, empty body)", repr(error))

# A batch (MultiCall) with a call, a notification-free second call.
batch = jsonrpclib.MultiCall(client)
batch.ping(API_KEY)
batch.get_message(API_KEY, {"message": "gr-msg-1"})
results = list(batch())
checks.equal("batch ping", results[0], {"ping": "pong"})
checks.equal("batch get_message name", results[1]["gr-msg-1"]["name"], "March newsletter")

# A wrong key raises the library's ProtocolError with the vendor's code and text.
try:
    client.ping("wrong-key")
    checks.fail("wrong key", "no error raised")
except jsonrpclib.ProtocolError as error:
    checks.equal("wrong key", error.args[0][:2], (-1, "API key verification failed"))

sys.exit(checks.done())
