#!/usr/bin/env python3
"""The shipped nginx config (web/deploy/nginx/beredd.conf) in front of serve.py, on loopback
only, bounded in count and time (stdlib only; needs Debian's nginx, which .ci/setup installs).

serve.py serves two feed files (/api/feeds/polisen and /api/feeds/vma) and logs every request
it gets; nginx runs the shipped file with only its ports and cache folder replaced. 500 pollers
poll both feeds through nginx every second, with If-None-Match, as the app does:
  phase 1  25 s with the origin up
  phase 2  30 s with the origin stopped
  phase 3  15 s with the origin up again
Goals (exit 1 when one is missed): the origin saw at most one request per 10 s per feed (no
two of its requests for a feed closer than 10 s, allowing its log's 1 s resolution), and the
pollers saw 0 errors, the 30 s without an origin included.
Usage: python3 tests/serve/nginx_cache.py
"""
import asyncio
import datetime
import os
import pathlib
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from load import HOST, SERVE, raise_own_descriptor_limit, read_response, request  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
SHIPPED = REPO / "web" / "deploy" / "nginx" / "beredd.conf"
FEEDS = ("polisen", "vma")
POLLERS = 500
POLL_SECONDS = 1.0
PHASES = (("origin up", 25, True), ("origin stopped", 30, False), ("origin up again", 15, True))
MIN_GAP_SECONDS = 10
LOG_RESOLUTION_SECONDS = 1  # serve.py logs whole seconds
LOG_LINE = re.compile(r'\[(\d\d/\w{3}/\d{4} \d\d:\d\d:\d\d)\] "GET /api/feeds/([\w-]+) ')


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {seconds} s")


def site_config(origin_port, nginx_port, cache_dir):
    """The shipped file with this run's ports and cache folder: nothing else is changed."""
    text = SHIPPED.read_text(encoding="utf-8")
    replacements = {"proxy_cache_path /var/cache/nginx/beredd ": f"proxy_cache_path {cache_dir} ",
                    "server 127.0.0.1:8000;": f"server {HOST}:{origin_port};",
                    "listen 8080;": f"listen {HOST}:{nginx_port};"}
    for old, new in replacements.items():
        if text.count(old) != 1:
            raise RuntimeError(f"{SHIPPED}: expected {old!r} once")
        text = text.replace(old, new)
    return text


def main_config(base, site):
    """A main nginx.conf around the site file: everything nginx writes stays under `base`."""
    temp = {name: base / name for name in ("client", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir()
    return f"""daemon off;
master_process on;
worker_processes 1;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {temp['client']};
    proxy_temp_path {temp['proxy']};
    fastcgi_temp_path {temp['fastcgi']};
    uwsgi_temp_path {temp['uwsgi']};
    scgi_temp_path {temp['scgi']};
    include {site};
}}
"""


class Origin:
    """serve.py with the two feed files, logging every request to a file."""

    def __init__(self, base, port, feeds):
        self.base, self.port, self.feeds = base, port, feeds
        self.process = None
        self.log = base / "origin.log"

    def start(self):
        args = [sys.executable, str(SERVE), "--no-build", "--root", str(self.base / "site"),
                "--port", str(self.port)]
        for name, path in self.feeds.items():
            args += ["--feed-file", f"{name}={path}"]
        with open(self.log, "a", encoding="utf-8") as log:
            self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=log)
        wait_for_port(self.port)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=15)

    def requests(self):
        """feed name -> the times (whole seconds) serve.py logged a request for it."""
        seen = {name: [] for name in self.feeds}
        for match in LOG_LINE.finditer(self.log.read_text(encoding="utf-8")):
            when = datetime.datetime.strptime(match[1], "%d/%b/%Y %H:%M:%S").timestamp()
            seen.setdefault(match[2], []).append(when)
        return seen


async def poller(port, stop, answered, errors):
    """Polls both feeds every POLL_SECONDS over one keep-alive connection, as the app would."""
    await asyncio.sleep(random.random() * POLL_SECONDS)  # pollers do not start in step
    etags = {}
    reader = writer = None
    while not stop.is_set():
        for name in FEEDS:
            path = f"/api/feeds/{name}"
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
                writer.write(request(path, etags.get(name)))
                await writer.drain()
                status, headers, _ = await asyncio.wait_for(read_response(reader), 10)
                if status in (200, 304):
                    answered[0] += 1
                    etags[name] = headers.get("etag", etags.get(name))
                else:
                    errors.append(f"{path}: HTTP {status}")
                if headers.get("connection", "").lower() == "close":
                    writer.close()
                    writer = None
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
                errors.append(f"{path}: {type(error).__name__}: {error}")
                if writer is not None:
                    writer.close()
                writer = None
        await asyncio.sleep(POLL_SECONDS)
    if writer is not None:
        writer.close()


async def run_phases(nginx_port, origin):
    stop = asyncio.Event()
    answered, errors = [0], []
    tasks = [asyncio.create_task(poller(nginx_port, stop, answered, errors)) for _ in range(POLLERS)]
    report = []
    for name, seconds, origin_up in PHASES:
        if origin_up and origin.process.poll() is not None:
            origin.start()
        if not origin_up:
            origin.stop()
        before_answered, before_errors = answered[0], len(errors)
        await asyncio.sleep(seconds)
        report.append(f"{name} for {seconds} s: {answered[0] - before_answered} answers, "
                      f"{len(errors) - before_errors} errors")
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    return answered[0], errors, report


def main():
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.access(nginx, os.X_OK):
        sys.exit("nginx_cache: no nginx (bash .ci/setup test installs nginx-light)")
    raise_own_descriptor_limit(8192)
    with tempfile.TemporaryDirectory() as tmp:
        base = pathlib.Path(tmp)
        base.chmod(0o755)  # nginx's workers run as another user when started as root
        (base / "site").mkdir()
        (base / "site" / "index.html").write_text("<!doctype html><title>nginx</title>")
        feeds = {"polisen": base / "polisen.json", "vma": base / "vma.json"}
        feeds["polisen"].write_text("[]")
        feeds["vma"].write_text('{"alerts": []}')
        cache = base / "cache"
        cache.mkdir()
        origin_port, nginx_port = free_port(), free_port()
        site = base / "beredd.conf"
        site.write_text(site_config(origin_port, nginx_port, cache))
        conf = base / "nginx.conf"
        conf.write_text(main_config(base, site))
        for path in [cache, *[base / n for n in ("client", "proxy", "fastcgi", "uwsgi", "scgi")]]:
            path.chmod(0o777)
        checked = subprocess.run([nginx, "-t", "-p", str(base), "-c", str(conf)], capture_output=True, text=True)
        if checked.returncode != 0:
            sys.exit(f"nginx_cache: nginx -t refused the config:\n{checked.stderr}")

        origin = Origin(base, origin_port, feeds)
        origin.start()
        proxy = subprocess.Popen([nginx, "-p", str(base), "-c", str(conf)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_for_port(nginx_port)
            began = time.monotonic()
            answered, errors, report = asyncio.run(run_phases(nginx_port, origin))
            elapsed = time.monotonic() - began
        finally:
            proxy.terminate()
            proxy.wait(timeout=15)
            if origin.process.poll() is None:
                origin.stop()
        seen = origin.requests()

    problems = []
    version = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip().split("/")[-1]
    print(f"nginx {version} "
          f"in front of serve.py, {POLLERS} pollers x {len(FEEDS)} feeds every {POLL_SECONDS:g} s "
          f"for {elapsed:.0f} s:")
    for line in report:
        print(f"  {line}")
    print(f"  pollers: {answered} answers, {len(errors)} errors")
    if errors:
        problems.append(f"pollers saw {len(errors)} errors, e.g. {sorted(set(errors))[:3]}")
    for name in FEEDS:
        times = sorted(seen.get(name, []))
        gaps = [later - earlier for earlier, later in zip(times, times[1:])]
        smallest = f"{min(gaps):.0f} s" if gaps else "none"
        print(f"  origin: {len(times)} requests for /api/feeds/{name}, smallest gap {smallest}")
        if not times:
            problems.append(f"origin never saw /api/feeds/{name}: nginx did not reach it")
        if gaps and min(gaps) < MIN_GAP_SECONDS - LOG_RESOLUTION_SECONDS:
            problems.append(f"origin saw /api/feeds/{name} twice within {min(gaps):.0f} s")
    for problem in problems:
        print(f"MISSED {problem}")
    print("nginx_cache: " + ("failed" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
