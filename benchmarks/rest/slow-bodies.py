#!/usr/bin/env python3
"""Bodies that never come (not run by CI): COUNT posts announce a body of 4,000 bytes, send its first
byte, then one byte every 4 s, on connections left open, while an anonymous GET /api/v1/health and
an authenticated GET /api/v1/plans?limit=5 are timed every 4 s (curl, 10 s at most each). Run it
against a distribution (benchmarks/rest/karaf-copy.sh), once with the posts anonymous to the web's
sign-in form and once authenticated to the API:

  benchmarks/rest/slow-bodies.py http://127.0.0.1:18800 login
  benchmarks/rest/slow-bodies.py http://127.0.0.1:18800 api 'Bearer <token>'

and once signed in to the web workspace, the posts being a signed-in user's uploads through /app/api:

  benchmarks/rest/slow-bodies.py http://127.0.0.1:18800 app 'user:password'

Jetty's pool has 200 threads: with the bodies read the blocking way, 300 such posts took them all.
Environment: COUNT (300), ROUNDS (4).
"""
import os
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

base, target = sys.argv[1].rstrip("/"), sys.argv[2]
authorization = sys.argv[3] if len(sys.argv) > 3 else None
count, rounds = int(os.environ.get("COUNT", "300")), int(os.environ.get("ROUNDS", "4"))
url = urlsplit(base)
extra_headers = ""
if target == "login":
    path, content_type, post_auth = "/login", "application/x-www-form-urlencoded", None
elif target == "app":
    import http.client
    import json
    from urllib.parse import urlencode
    if not authorization or ":" not in authorization:
        sys.exit("app needs 'user:password' of an account of the realm")
    user, password = authorization.split(":", 1)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request("POST", "/login", urlencode({"username": user, "password": password}),
                 {"Content-Type": "application/x-www-form-urlencoded", "Origin": base})
    answer = conn.getresponse()
    answer.read()
    cookie = (answer.getheader("Set-Cookie") or "").split(";", 1)[0]
    if answer.status != 302 or not cookie.startswith("thidua_session="):
        sys.exit(f"sign-in as {user}: {answer.status}")
    conn.request("GET", "/app/me", headers={"Cookie": cookie})
    csrf = json.loads(conn.getresponse().read())["csrf"]
    path, content_type, post_auth = "/app/api/plans/validation", "application/json", None
    extra_headers = f"Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n"
else:
    path, content_type, post_auth = "/api/v1/plans/validation", "application/json", authorization
    if not authorization:
        sys.exit("api needs the Authorization value of a token or account, e.g. 'Bearer <token>'")

posts = []
for _ in range(count):
    s = socket.create_connection((url.hostname, url.port))
    head = (f"POST {path} HTTP/1.1\r\nHost: {url.netloc}\r\nOrigin: {base}\r\n"
            + (f"Authorization: {post_auth}\r\n" if post_auth else "") + extra_headers
            + f"Content-Type: {content_type}\r\nContent-Length: 4000\r\n\r\nu")
    s.sendall(head.encode())
    posts.append(s)
print(f"{count} posts to {path} announcing 4000 bytes, 1 byte sent each", flush=True)


def timed(what, extra):
    started = time.time()
    code = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10", base + what] + extra,
                          capture_output=True, text=True).stdout
    return code, time.time() - started


worst = 0.0
failed = 0
for r in range(rounds):
    time.sleep(4)
    for s in posts:
        try:
            s.sendall(b"x")
        except OSError:
            pass
    if target == "app":
        reads = (("/api/v1/health", []), ("/app/api/plans?limit=5", ["-H", f"Cookie: {cookie}"]))
    else:
        reads = (("/api/v1/health", []), ("/api/v1/plans?limit=5", ["-H", f"Authorization: {authorization}"] if authorization else []))
    for what, extra in reads:
        if not extra and what.startswith("/api/v1/plans"):
            continue
        code, seconds = timed(what, extra)
        worst = max(worst, seconds)
        failed += code != "200"
        print(f"round {r + 1}  {what:22s} {code} in {seconds * 1000:7.1f} ms", flush=True)
answered = 0
for s in posts:
    s.setblocking(False)
    try:
        answered += bool(s.recv(64))
    except OSError:
        pass
    s.close()
print(f"worst {worst * 1000:.1f} ms, {failed} not 200; {answered} of {count} posts answered during the run"
      " (the API and the workspace answer 408 after bodyReadSeconds, 60; the sign-in form after signInFormSeconds, 10)")
