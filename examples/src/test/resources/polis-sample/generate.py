#!/usr/bin/env python3
"""Writes a small synthetic Polis open data export (comments.csv, votes.csv) for the replay tests.

Deterministic (seeded). Run from this directory: python3 generate.py
Prints the counts the tests expect.
"""
import csv
import random
from datetime import datetime, timezone

rnd = random.Random(9)
START = int(datetime(2025, 3, 3, 8, 0, tzinfo=timezone.utc).timestamp())
DAY = 86400
PEOPLE = 40
BODIES = [
    "More trees on the main square",
    "Bike lanes, please: separated, not painted",
    'A "quiet zone" near the library',
    "Fewer cars downtown,\nmore buses at night",
    "Café terraces all year round",
    "Öffentliche Toiletten im Park",
    "Repair the footbridge over the river",
    "This comment was moderated out",
    "Free water fountains, at every stop",
    "Longer opening hours for the pool",
    "Playgrounds for older kids, too",
    "Plant fruit trees; let people pick",
    "Benches with backs (for the elderly)",
    "Community gardens on empty lots",
    "Lower the speed limit to 30 km/h",
    "Más espacios verdes en el barrio",
    "Street lights that don't light up the sky",
    "A weekly market on Saturday mornings",
    'Rename "Old Road" to honour its first teacher',
    "Covered bike parking at the station",
    "公园里多放一些长椅",
    "Safer crossings near schools,\nwith lollipop wardens",
    "Solar panels on every public roof",
    "A skate park, away from houses",
    "Better signs in several languages — English, Français, Deutsch",
    "Keep the library open on Sundays",
    "Fix the potholes on Elm Street first",
    "More recycling bins, with clear labels",
    "An outdoor cinema in summer",
    "Ask us again next year: what worked?",
]
MODERATED_OUT = 7


def datetime_text(ts):
    d = datetime.fromtimestamp(ts, tz=timezone.utc)
    return d.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")


comments = []
for i, body in enumerate(BODIES):
    day = i * 5 // len(BODIES)
    at = START + day * DAY + (i % 6) * 7200 + rnd.randrange(3600)
    comments.append({"id": i, "author": rnd.randrange(12), "at": at, "body": body})
comments.sort(key=lambda c: c["at"])

votes = []
end = START + 4 * DAY + 14 * 3600
for c in comments:
    votes.append((c["at"], c["id"], c["author"], 1))  # Polis records the author's agree with the comment
    for p in range(PEOPLE):
        if p != c["author"] and rnd.random() < 0.5:
            at = c["at"] + 1 + rnd.randrange(end - c["at"])
            votes.append((at, c["id"], p, rnd.choices([1, -1, 0], weights=[5, 3, 2])[0]))
votes.sort()

agrees = {c["id"]: 0 for c in comments}
disagrees = {c["id"]: 0 for c in comments}
for _, cid, _, v in votes:
    if v == 1:
        agrees[cid] += 1
    elif v == -1:
        disagrees[cid] += 1

with open("comments.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"])
    for c in comments:
        moderated = -1 if c["id"] == MODERATED_OUT else (0 if c["id"] % 9 == 4 else 1)
        # comments in milliseconds, votes in seconds: the reader takes both
        w.writerow([c["at"] * 1000, datetime_text(c["at"]), c["id"], c["author"], agrees[c["id"]], disagrees[c["id"]], moderated, c["body"]])

rows = [[ts, datetime_text(ts), cid, p, v] for ts, cid, p, v in votes]
# deliberately bad rows, at fixed places
rows.insert(100, [votes[99][0], datetime_text(votes[99][0]), 99, 3, 1])         # a vote on an unknown comment
rows.insert(200, [votes[198][0], datetime_text(votes[198][0]), 5, 4, 2])        # a vote value other than -1, 0, 1
rows.insert(300, ["not-a-time", "", 6, 5, -1])                                  # an unparsable timestamp
with open("votes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["timestamp", "datetime", "comment-id", "voter-id", "vote"])
    w.writerows(rows)

people = {c["author"] for c in comments} | {p for _, _, p, _ in votes}
print("comments", len(comments), "votes", len(votes), "participants", len(people),
      "agree", sum(1 for v in votes if v[3] == 1), "disagree", sum(1 for v in votes if v[3] == -1),
      "pass", sum(1 for v in votes if v[3] == 0))
days = {}
for ts, *_ in votes:
    days[(ts - START) // DAY] = days.get((ts - START) // DAY, 0) + 1
print("votes by day from 2025-03-03", [days.get(d, 0) for d in range(5)])
