#!/usr/bin/env python3
"""Start-up time and memory at rest of the whole system, as a person starts it.

    python3 tests/Startup.Benchmarks/measure.py [--baseline TREE] [--settle 60]

For this tree's run command (scripts/run.sh --detach: the AppHost) and, with --baseline, for another checkout's
(e.g. a worktree of the commit before the AppHost, whose scripts/run.sh started the services from bash), one after
the other on this machine: a cold start (data folders new: no cluster, no databases, no queues, demo data seeded from
nothing) and a warm start (the same data again), each timed from the command to every /health answering 200, then,
after --settle seconds at rest, the memory of every process the start added (PSS, so shared pages count once), and
a stop. Builds are done before the first start, so both commands find everything built. Prints a table.
Nothing else may start or stop processes on the machine meanwhile: the memory is what the start added.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
import urllib.request

PORTS = [5100, 5101, 5102, 5103, 5104, 5105]


def log(text):
    print(f"[measure] {text}", file=sys.stderr, flush=True)


def all_healthy():
    for port in PORTS:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                if response.status != 200:
                    return False
        except Exception:
            return False
    return True


def pids():
    return {int(p) for p in os.listdir("/proc") if p.isdigit()}


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def command_line(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


class System:
    def __init__(self, name, tree, data_dirs, infra_down):
        self.name, self.tree, self.data_dirs, self.infra_down = name, tree, data_dirs, infra_down

    def run(self, *args, timeout=900):
        return subprocess.run(["bash", "scripts/run.sh", *args], cwd=self.tree, timeout=timeout,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def stop(self):
        self.run("stop", timeout=180)
        if self.infra_down:
            subprocess.run(["bash", "scripts/infra.sh", "down"], cwd=self.tree, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=180)
        deadline = time.time() + 60
        while all_healthy() and time.time() < deadline:
            time.sleep(1)

    def wipe(self):
        for d in self.data_dirs:
            shutil.rmtree(os.path.join(self.tree, d), ignore_errors=True)

    def start(self, settle):
        before = pids()
        began = time.monotonic()
        result = self.run("--detach")
        while not all_healthy():
            if time.monotonic() - began > 900:
                raise RuntimeError(f"{self.name}: not healthy after 900 s")
            time.sleep(0.5)
        seconds = time.monotonic() - began
        if result.returncode != 0:
            raise RuntimeError(f"{self.name}: run.sh --detach failed: {result.stderr[-2000:]}")
        time.sleep(settle)
        # The run command's own build leaves MSBuild nodes and the compiler server behind: not the system's memory.
        added = [p for p in pids() - before if command_line(p) and not any(
            tool in command_line(p) for tool in ("MSBuild.dll", "VBCSCompiler", "rzc.dll", "measure.py"))]
        mib = sum(pss_kib(p) for p in added) / 1024
        return seconds, mib, len(added)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", help="another checkout whose scripts/run.sh is measured first")
    parser.add_argument("--settle", type=int, default=60)
    args = parser.parse_args()
    here = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

    if all_healthy():
        sys.exit("[measure] something already answers on 5100-5105; stop it first (scripts/run.sh stop)")
    systems = []
    if args.baseline:
        # Before the AppHost: services from bash over the test servers (scripts/infra.sh), data in .local/postgres.
        systems.append(System("run.sh (bash, before)", os.path.abspath(args.baseline),
                              [".local/postgres", ".local/rabbitmq"], infra_down=True))
    systems.append(System("AppHost (scripts/run.sh)", here, [".local/apphost"], infra_down=False))

    for system in systems:
        log(f"{system.name}: building")
        project = "AppHost" if os.path.isdir(os.path.join(system.tree, "AppHost", "Processes")) else None
        targets = [project] if project else [os.path.join("src", s) for s in os.listdir(os.path.join(system.tree, "src")) if s != "Shared"]
        for target in targets:
            for csproj in subprocess.run(["bash", "-c", f"ls {target}/*.csproj {target}/*/*.csproj 2>/dev/null"], cwd=system.tree,
                                         capture_output=True, text=True).stdout.split():
                subprocess.run(["dotnet", "build", csproj, "-c", "Release", "-nologo", "-v", "q"], cwd=system.tree,
                               stdout=subprocess.DEVNULL, check=True)

    rows = []
    for system in systems:
        for kind in ("cold", "warm"):
            system.stop()
            if kind == "cold":
                system.wipe()
            log(f"{system.name}: {kind} start")
            seconds, mib, count = system.start(args.settle)
            log(f"{system.name}: {kind}: healthy after {seconds:.1f} s, {mib:.0f} MiB in {count} processes")
            rows.append((system.name, kind, seconds, mib, count))
        system.stop()

    print(f"{'system':28} {'start':5} {'to healthy (s)':>15} {'memory at rest (MiB PSS)':>25} {'processes':>10}")
    for name, kind, seconds, mib, count in rows:
        print(f"{name:28} {kind:5} {seconds:15.1f} {mib:25.0f} {count:10d}")


if __name__ == "__main__":
    main()
