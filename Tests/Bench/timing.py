"""Timing a benchmark's child processes, for compare_hugo.py and compare_pagefind.py."""
import os, shutil, statistics, subprocess, sys, time

MIB = 1024  # ru_maxrss is in KiB on Linux


def run(cmd, before=None):
    """One run: (wall s, user+sys CPU s, peak MiB), from the child's rusage. Exits on failure, with its output."""
    if before:
        before()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
    if proc.returncode != 0:
        # Output was discarded to keep it out of the timing; run again to show why.
        print(f"failed ({proc.returncode}): {' '.join(cmd)}", file=sys.stderr)
        again = subprocess.run(cmd, capture_output=True, text=True)
        sys.stderr.write(again.stdout[-2000:] + again.stderr[-4000:])
        sys.exit(1)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / MIB


def run_parallel(commands):
    """The commands run at once: (wall s, their user+sys CPU s together). Exits if one fails."""
    start = time.perf_counter()
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL) for cmd in commands]
    cpu = 0.0
    for cmd, proc in zip(commands, procs):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {cmd[0]}")
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu


def summary(runs):
    """Median wall and CPU, and the highest peak memory, of `run` results."""
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            max(r[2] for r in runs))


def drop_cache(root):
    """A `before` for `run`: a full build starts without our persistent
    cache but keeps the output folder, as Hugo's and Pagefind's runs keep
    theirs, so both pay the same cost of overwriting."""
    return lambda: shutil.rmtree(os.path.join(root, ".blog-cache"), ignore_errors=True)
