#!/usr/bin/env python3
"""Kills `blog build` (SIGKILL) at random moments while it rewrites every
page of a site, and counts how often the output is left mixed: some pages of
the old build and some of the new. Then checks that the next build
completes it and that nothing of the killed build (staged files) remains.

usage: interrupt_check.py BLOG SITE [--trials N]

SITE is a site folder (the 2,000-post benchmark corpus); its blog.yml title
is toggled between two values so that every page changes in each trial.
Standard library only.
"""
import argparse
import os
import random
import re
import signal
import subprocess
import sys
import time


def set_title(site, title):
    path = os.path.join(site, "blog.yml")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    text = re.sub(r"(?m)^title:.*\n?", "", text)
    open(path, "w", encoding="utf-8").write(f"title: {title}\n" + text)


def titles_in(output):
    """How many HTML pages show each of the two titles."""
    counts = {"甲": 0, "乙": 0}
    for folder, _, names in os.walk(output):
        for name in names:
            if not name.endswith(".html"):
                continue
            head = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read(4096)
            for title in counts:
                if f"标题{title}" in head:
                    counts[title] += 1
    return counts


def build(blog, site):
    subprocess.run([blog, "build", "--root", site], check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("blog")
    parser.add_argument("site")
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    output = os.path.join(args.site, "public")
    random.seed(7)

    set_title(args.site, "标题甲")
    build(args.blog, args.site)
    start = time.monotonic()
    set_title(args.site, "标题乙")
    build(args.blog, args.site)
    duration = time.monotonic() - start
    print(f"a build that rewrites every page takes {duration:.2f} s; killing at random moments up to 1.2 times that")

    mixed = old = new = 0
    current = "乙"
    for trial in range(args.trials):
        target = "甲" if current == "乙" else "乙"
        set_title(args.site, "标题" + target)
        process = subprocess.Popen([args.blog, "build", "--root", args.site], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.05, 1.2) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        counts = titles_in(output)
        if counts["甲"] and counts["乙"]:
            mixed += 1
            state = "MIXED"
        elif counts[target]:
            new += 1
            state = "new"
        else:
            old += 1
            state = "old"
        print(f"trial {trial + 1:2}: killed after {process.returncode and 'signal'}; pages 甲 {counts['甲']:5}, 乙 {counts['乙']:5}: {state}")
        # The next build completes the interrupted one.
        build(args.blog, args.site)
        counts = titles_in(output)
        if counts["甲" if target == "乙" else "乙"] or os.path.exists(os.path.join(output, ".blog-staging")):
            print("the next build did not complete the site", counts)
            return 1
        current = target
    print(f"{args.trials} kills: {old} left the old site, {new} the new one, {mixed} a mix")
    return 0


if __name__ == "__main__":
    sys.exit(main())
