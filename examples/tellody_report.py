#!/usr/bin/env python3
"""Tellody Campaign Cloud's documented flow, against the emulator (or the vendor).

    ping -> login -> ping -> reports

Usage:
    python3 examples/tellody_report.py [base-url]

Environment: TELLODY_USERNAME / TELLODY_PASSWORD (default: the demo workspace's user),
TELLODY_TIMEZONE (the workspace's time zone, default Europe/Athens, the demo's).

The vendor's own sample calls my_session.post(url, header, data). With python requests
that sends the header dict as a form body and drops the data; the calls below pass
json= and headers= by name instead.
"""
import json
import os
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import requests

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TELLODY_BASE_URL", "http://localhost:8080")).rstrip("/")
USERNAME = os.environ.get("TELLODY_USERNAME", "demo")
PASSWORD = os.environ.get("TELLODY_PASSWORD", "demo-pass")
ZONE = ZoneInfo(os.environ.get("TELLODY_TIMEZONE", "Europe/Athens"))


def millis(moment):
    return int(moment.timestamp() * 1000)


def xsrf_token(session):
    """GET ping: creates the session (cookie) and answers its token in a response header."""
    ping = session.get(f"{BASE}/CampaignCloud/RememberMeController/ping")
    ping.raise_for_status()
    return ping.headers["X-XSRF-TOKEN"]


def report(session, token, name, data):
    response = session.post(f"{BASE}/CampaignCloud/Report/{name}", json=data,
                            headers={"X-XSRF-TOKEN": token})
    if response.status_code != 200:
        sys.exit(f"{name}: HTTP {response.status_code} {response.text}")
    return response.json()


def main():
    session = requests.Session()

    token = xsrf_token(session)
    login = session.post(f"{BASE}/CampaignCloud/login",
                         data={"username": USERNAME, "password": PASSWORD, "remember-me": "true"},
                         headers={"X-XSRF-TOKEN": token})
    print("login:", login.status_code, login.text)
    if login.status_code != 200:
        sys.exit(1)

    # The token changes at login: ping again for the one of the logged-in session.
    token = xsrf_token(session)

    # Yesterday, by hour, in the workspace's time zone: from is local midnight, to the
    # last millisecond of the day (the next midnight minus 1 ms, so 23 or 25 hours on a
    # DST change day).
    today = datetime.now(ZONE).replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday = today - timedelta(days=1)  # wall-clock arithmetic: local midnight
    day = {"from": millis(yesterday), "to": millis(today) - 1, "unit": "hour", "window": "day", "dow": 0}
    print("ContactChart", yesterday.date(), "by hour:")
    print(json.dumps(report(session, token, "ContactChart", day), ensure_ascii=False))

    # The last 7 days up to now, not calendar aligned: totals per code activity.
    now = datetime.now(ZONE)
    week = {"from": millis(now - timedelta(days=7)), "to": millis(now), "unit": "day", "dow": 0}
    print("UniqueCode, last 7 days:")
    print(json.dumps(report(session, token, "UniqueCode", week), ensure_ascii=False))

    # The calendar variant: this month by week, weeks starting on Sunday (dow 0).
    month_start = today.replace(day=1)
    next_month = (month_start + timedelta(days=32)).replace(day=1)
    month = {"from": millis(month_start), "to": millis(next_month) - 1, "unit": "week", "window": "month", "dow": 0}
    print("UniqueCode,", month_start.strftime("%B %Y"), "by week:")
    print(json.dumps(report(session, token, "UniqueCode", month), ensure_ascii=False))

    info = session.get(f"{BASE}/CampaignCloud/UserInfo")
    print("UserInfo:", info.status_code, info.text)


if __name__ == "__main__":
    main()
