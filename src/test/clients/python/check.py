"""PASS/FAIL lines in the suite's format; the runner counts them."""
import json


class Checks:
    def __init__(self, client):
        self.client = client
        self.failed = 0

    def ok(self, name):
        print("PASS %s: %s" % (self.client, name), flush=True)

    def fail(self, name, reason):
        self.failed += 1
        print("FAIL %s: %s: %s" % (self.client, name, reason), flush=True)

    def equal(self, name, actual, expected):
        if actual == expected:
            self.ok(name)
        else:
            self.fail(name, "expected %s, got %s" % (json.dumps(expected), json.dumps(actual, default=str)))

    def done(self):
        return 1 if self.failed else 0
