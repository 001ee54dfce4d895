"""Tellody Campaign Cloud through python requests, as the vendor's sample does it: a Session,
the XSRF ping, the form login, then JSON reports with the X-XSRF-TOKEN header. The sample's own
post(url, header, data) sends the header dict as a form body; the emulator answers that with a
400 that says so, and the corrected call (json=data, headers=header) gets the report."""
import os
import sys

import requests

from check import Checks

base = os.environ["EMULATOR_URL"] + "/CampaignCloud"
checks = Checks("tellody/python-requests")
my_session = requests.Session()

pingResponse = my_session.get(base + "/RememberMeController/ping")
xsrfToken = pingResponse.headers.get("X-XSRF-TOKEN")
checks.equal("ping gives an XSRF token", bool(xsrfToken), True)

login = my_session.post(base + "/login", data={"username": "clients-tellody", "password": "tellody-pass",
                                               "remember-me": "false"},
                        headers={"X-XSRF-TOKEN": xsrfToken})
checks.equal("login", [login.status_code, login.json().get("status")], [200, "success"])

# The login starts a new session token (Spring Security's CSRF rule): ping again for it.
xsrfToken = my_session.get(base + "/RememberMeController/ping").headers.get("X-XSRF-TOKEN")
header = {"Content-Type": "application/json", "X-XSRF-TOKEN": xsrfToken}
# 2015-07-21 00:00 to 23:59:59.999 UTC (the workspace's zone), hour by hour.
data = {"from": 1437436800000, "to": 1437523199999, "unit": "hour", "window": "day", "dow": 0}

trap = my_session.post(base + "/Report/ContactChart", header, data)
checks.equal("the sample's post(url, header, data) is a 400 that explains it",
             [trap.status_code, "session.post(url, json=data, headers=header)" in trap.json().get("message", "")],
             [400, True])

response = my_session.post(base + "/Report/ContactChart", json=data, headers=header).json()
expected_added = [0] * 24
expected_added[13], expected_added[14] = 1, 3
expected_blocked = [0] * 24
expected_blocked[14] = 1
expected_served = [0] * 24
expected_served[11] = 1
checks.equal("contactsAdded", response.get("contactsAdded"), expected_added)
checks.equal("contactsBlocked", response.get("contactsBlocked"), expected_blocked)
checks.equal("contactsServed", response.get("contactsServed"), expected_served)
checks.equal("groupsAdded", response.get("groupsAdded"), [0] * 24)

totals = my_session.post(base + "/Report/UniqueCode", json={"from": 1437436800000, "to": 1437523199999,
                                                             "unit": "day", "dow": 0}, headers=header).json()
checks.equal("UniqueCode flexible totals", totals,
             {"SMS_SENT": 2, "DL": 0, "OPTOUT": 0, "URL": 1, "VOUCHER": 0, "EMAIL_SENT": 0})

sys.exit(checks.done())
