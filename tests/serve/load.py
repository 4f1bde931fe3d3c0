#!/usr/bin/env python3
"""serve.py under load and abuse, on loopback only, bounded in count and time (stdlib only).

Each scenario starts its own serve.py (demo feed) and prints its figures; the script exits 1
when a goal is missed:
  pollers      500 concurrent pollers x 20 polls of /api/incidents with If-None-Match, as the
               app polls: 0 errors, p99 <= 1 s; serve.py's RSS before and after is reported
  burst        2,000 connections opened at once, each asking for the feed: 0 errors
  slowloris    50 clients sending one header byte every 5 s: every one closed by the server
               within its 10 s whole-request deadline (plus 2 s of slack)
  descriptors  serve.py limited to 64 file descriptors and 80 idle clients holding them: a
               further client is refused quickly (503 or closed), serve.py's CPU stays low
               (no busy accept loop), and once the idle clients go, requests succeed again
Usage: python3 tests/serve/load.py [scenario ...]   (default: all four)
"""
import asyncio
import os
import pathlib
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
SERVE = REPO / "serve.py"
HOST = "127.0.0.1"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def raise_own_descriptor_limit(wanted):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class Server:
    def __init__(self, root, *args, preexec=None):
        self.process = subprocess.Popen(
            [sys.executable, str(SERVE), "--no-build", "--quiet", "--port", "0", "--root", str(root), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=preexec)
        line = self.process.stdout.readline()
        match = re.search(r"http://[\d.]+:(\d+)/", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"serve.py did not start: {line!r} {self.process.stderr.read()}")
        self.port = int(match.group(1))

    def rss_kb(self):
        status = pathlib.Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))

    def cpu_seconds(self):
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime

    def stop(self):
        self.process.terminate()
        try:
            _, log = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, log = self.process.communicate()
        return log


async def read_response(reader):
    """(status, headers, body) of one HTTP/1.1 response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, body


def request(path, etag=None, close=False):
    lines = [f"GET {path} HTTP/1.1", f"Host: {HOST}"]
    if etag:
        lines.append(f"If-None-Match: {etag}")
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def poller(port, polls, latencies, errors, start):
    await start.wait()
    etag = None
    writer = None
    try:
        reader, writer = await asyncio.open_connection(HOST, port)
        for _ in range(polls):
            began = time.monotonic()
            writer.write(request("/api/incidents", etag))
            await writer.drain()
            status, headers, _ = await asyncio.wait_for(read_response(reader), 30)
            latencies.append(time.monotonic() - began)
            if status not in (200, 304):
                errors.append(f"HTTP {status}")
            etag = headers.get("etag", etag)
            if headers.get("connection", "").lower() == "close":
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
        errors.append(f"{type(error).__name__}: {error}")
    finally:
        if writer is not None:
            writer.close()


def scenario_pollers(root):
    pollers, polls = 500, 20
    server = Server(root)
    try:
        rss_before = server.rss_kb()
        latencies, errors = [], []

        async def run():
            start = asyncio.Event()
            tasks = [asyncio.create_task(poller(server.port, polls, latencies, errors, start))
                     for _ in range(pollers)]
            began = time.monotonic()
            start.set()
            await asyncio.wait_for(asyncio.gather(*tasks), 120)
            return time.monotonic() - began

        elapsed = asyncio.run(run())
        rss_after = server.rss_kb()
    finally:
        server.stop()
    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    print(f"pollers: {pollers} x {polls} polls: {len(latencies)} answered in {elapsed:.1f} s, "
          f"{len(errors)} errors; latency p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms; serve.py RSS {rss_before} -> {rss_after} kB "
          f"({(rss_after - rss_before) / 1024:+.1f} MB)")
    problems = []
    if errors or len(latencies) != pollers * polls:
        problems.append(f"pollers: {len(errors)} errors ({sorted(set(errors))[:5]}), "
                        f"{len(latencies)} of {pollers * polls} answered")
    if p99 > 1.0:
        problems.append(f"pollers: p99 {p99:.3f} s > 1 s")
    return problems


def scenario_burst(root):
    connections = 2000
    server = Server(root)
    try:
        errors, latencies = [], []

        async def one(start):
            await start.wait()
            began = time.monotonic()
            writer = None
            try:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, server.port), 30)
                writer.write(request("/api/incidents", close=True))
                await writer.drain()
                status, _, body = await asyncio.wait_for(read_response(reader), 30)
                if status != 200 or not body:
                    errors.append(f"HTTP {status}")
                latencies.append(time.monotonic() - began)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as error:
                errors.append(f"{type(error).__name__}: {error}")
            finally:
                if writer is not None:
                    writer.close()

        async def run():
            start = asyncio.Event()
            tasks = [asyncio.create_task(one(start)) for _ in range(connections)]
            await asyncio.sleep(0)
            began = time.monotonic()
            start.set()
            await asyncio.wait_for(asyncio.gather(*tasks), 120)
            return time.monotonic() - began

        elapsed = asyncio.run(run())
    finally:
        server.stop()
    print(f"burst: {connections} connections at once: {len(latencies)} answered in {elapsed:.1f} s, "
          f"{len(errors)} errors; latency p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
          f"max {max(latencies, default=0) * 1000:.0f} ms")
    if errors or len(latencies) != connections:
        return [f"burst: {len(errors)} errors ({sorted(set(errors))[:5]})"]
    return []


def scenario_slowloris(root):
    clients, interval, deadline = 50, 5.0, 10.0
    server = Server(root, "--timeout", str(deadline))
    closed_after = []
    try:
        async def slow(start):
            await start.wait()
            began = time.monotonic()
            reader, writer = await asyncio.open_connection(HOST, server.port)
            try:
                for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 20:
                    writer.write(bytes([byte]))
                    await writer.drain()
                    try:
                        if await asyncio.wait_for(reader.read(1), interval) == b"":
                            break  # the server closed it
                    except asyncio.TimeoutError:
                        continue
            except OSError:
                pass
            finally:
                writer.close()
            closed_after.append(time.monotonic() - began)

        async def run():
            start = asyncio.Event()
            tasks = [asyncio.create_task(slow(start)) for _ in range(clients)]
            start.set()
            await asyncio.wait_for(asyncio.gather(*tasks), 60)

        asyncio.run(run())
    finally:
        server.stop()
    latest = max(closed_after, default=float("inf"))
    print(f"slowloris: {clients} clients, a header byte every {interval:g} s: {len(closed_after)} closed "
          f"by the server, the last after {latest:.1f} s (deadline {deadline:g} s)")
    if len(closed_after) != clients or latest > deadline + 2:
        return [f"slowloris: {len(closed_after)} of {clients} closed, the last after {latest:.1f} s"]
    return []


def scenario_descriptors(root):
    limit = 64

    def limit_descriptors():
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

    server = Server(root, "--timeout", "30", preexec=limit_descriptors)
    holders = []
    problems = []
    try:
        for _ in range(80):  # more than the server has descriptors for: the rest wait in its queue
            holders.append(socket.create_connection((HOST, server.port), timeout=10))
        time.sleep(1.0)
        cpu_before = server.cpu_seconds()
        began = time.monotonic()
        with socket.create_connection((HOST, server.port), timeout=10) as extra:
            extra.sendall(request("/api/incidents", close=True))
            try:
                answer = extra.recv(65536)
            except (ConnectionResetError, socket.timeout) as error:
                answer = f"<{type(error).__name__}>".encode()
        refused_after = time.monotonic() - began
        time.sleep(3.0)
        cpu = server.cpu_seconds() - cpu_before
        wall = time.monotonic() - began
        status_line = answer.split(b"\r\n", 1)[0].decode("latin-1")
        print(f"descriptors: limit {limit}, 80 idle clients: another client got "
              f"{status_line or 'the connection closed'!r} after {refused_after:.2f} s; "
              f"serve.py used {cpu:.2f} s CPU in {wall:.1f} s ({100 * cpu / wall:.0f} %)")
        if refused_after > 5.0 or not (status_line.startswith("HTTP/1.1 503") or answer in (b"",)
                                       or answer.startswith(b"<")):
            problems.append(f"descriptors: the extra client got {status_line!r} after {refused_after:.2f} s")
        if cpu / wall > 0.25:
            problems.append(f"descriptors: {100 * cpu / wall:.0f} % CPU while out of descriptors (busy loop)")
        for sock in holders:
            sock.close()
        holders.clear()
        recovered = None
        until = time.monotonic() + 15
        while time.monotonic() < until:
            try:
                with socket.create_connection((HOST, server.port), timeout=5) as sock:
                    sock.sendall(request("/api/incidents", close=True))
                    data = sock.recv(65536)
                if data.startswith(b"HTTP/1.1 200"):
                    recovered = time.monotonic()
                    break
            except OSError:
                pass
            time.sleep(0.2)
        print(f"descriptors: after the idle clients left, requests succeed again: {recovered is not None}")
        if recovered is None:
            problems.append("descriptors: serve.py did not recover after the idle clients left")
    finally:
        for sock in holders:
            sock.close()
        server.stop()
    return problems


SCENARIOS = {"pollers": scenario_pollers, "burst": scenario_burst,
             "slowloris": scenario_slowloris, "descriptors": scenario_descriptors}


def main(argv):
    chosen = argv or list(SCENARIOS)
    unknown = [name for name in chosen if name not in SCENARIOS]
    if unknown:
        sys.exit(f"usage: load.py [{'|'.join(SCENARIOS)} ...]; unknown: {', '.join(unknown)}")
    raise_own_descriptor_limit(8192)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "index.html").write_text("<!doctype html><title>load</title>")
        for name in chosen:
            problems += SCENARIOS[name](root)
    for problem in problems:
        print(f"MISSED {problem}")
    print(f"{len(chosen) - len({p.split(':')[0] for p in problems})} passed, "
          f"{len({p.split(':')[0] for p in problems})} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
