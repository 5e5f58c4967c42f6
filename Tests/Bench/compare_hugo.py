#!/usr/bin/env python3
"""Compare `blog build` with Hugo on the same generated corpus (make bench).

Usage: compare_hugo.py BLOG OUR_CORPUS HUGO_CORPUS [--runs N] [--scaling DIR10K]

Timings come from the child's own rusage (os.wait4), so CPU and peak memory
belong to the build alone, not to this script.
"""
import argparse, os, sys

from timing import drop_cache, run, summary

def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def size_mb(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder)
               for f in files) / 1e6


def count_posts(root):
    return sum(f.endswith(".md") for _, _, files in os.walk(root) for f in files)


def verdict(ok):
    return "ok" if ok else "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("blog")
    ap.add_argument("ours")
    ap.add_argument("hugo")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scaling", metavar="DIR10K", help="also time our full build on this larger corpus")
    a = ap.parse_args()
    # blog build on a folder without Content/ succeeds with 0 posts, which would
    # make a typo in a path look like a spectacular speed-up.
    posts = count_posts(os.path.join(a.ours, "Content")), count_posts(os.path.join(a.hugo, "content"))
    if not all(posts):
        sys.exit(f"no posts found: {posts[0]} in {a.ours}/Content, {posts[1]} in {a.hugo}/content")
    blog = os.path.abspath(a.blog)
    ours_cmd = [blog, "build", "--root", a.ours]
    hugo_cmd = ["hugo", "--source", a.hugo, "--quiet"]

    # Warm-ups fill the page cache and create both public/ folders, so every
    # counted run overwrites an existing output rather than creating one.
    run(ours_cmd, drop_cache(a.ours))
    run(hugo_cmd)
    # Alternating spreads background noise (the other compiles on this machine)
    # evenly over both tools instead of penalising whichever ran second.
    full, hugo = [], []
    for _ in range(a.runs):
        full.append(run(ours_cmd, drop_cache(a.ours)))
        hugo.append(run(hugo_cmd))
    # The last full run left the cache in place, which is what "repeated" means.
    repeated = [run(ours_cmd) for _ in range(a.runs)]

    rows = [("blog (full)", summary(full)), ("hugo", summary(hugo)), ("blog (repeated)", summary(repeated))]
    print(f"posts: {posts[0]} (blog), {posts[1]} (hugo); runs: {a.runs} each, medians")
    print(f"output files: {count_files(os.path.join(a.ours, 'public'))} (blog public/), "
          f"{count_files(os.path.join(a.hugo, 'public'))} (hugo public/)")
    print()
    print(f"{'':<16} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}")
    for name, (wall, cpu, peak) in rows:
        print(f"{name:<16} {wall:>8.2f} {cpu:>8.2f} {peak:>9.1f}")
    print()
    full_s, hugo_s, rep_s = (r[1] for r in rows)
    vs_hugo, vs_full = full_s[0] / hugo_s[0], rep_s[0] / full_s[0]
    peak = max(full_s[2], rep_s[2])
    print(f"blog full / hugo wall:       {vs_hugo:6.2f}   target <= 0.33  {verdict(vs_hugo <= 0.33)}")
    print(f"blog repeated / full wall:   {vs_full:6.2f}   target <= 0.15  {verdict(vs_full <= 0.15)}")
    print(f"blog peak MiB:               {peak:6.1f}   target <= 250   {verdict(peak <= 250)}")

    if a.scaling:
        # The generator dates 10,000 posts into the 2050s: without --future
        # fewer than half would be published.
        big_cmd = [blog, "build", "--root", a.scaling, "--future"]
        small_cmd = ours_cmd + ["--future"]
        run(big_cmd, drop_cache(a.scaling))  # warm-up, as above
        # Alternating again: the machine's speed drifts by a fifth over
        # minutes, so the 2,000-post figure from above would not compare.
        bigs, smalls = [], []
        for _ in range(3):
            smalls.append(run(small_cmd, drop_cache(a.ours)))
            bigs.append(run(big_cmd, drop_cache(a.scaling)))
        big, small = summary(bigs), summary(smalls)
        big_posts = count_posts(os.path.join(a.scaling, "Content"))
        growth = big[0] / small[0]
        print()
        print(f"scaling, full build, {big_posts} vs {posts[0]} posts (alternating, median of 3 each):")
        print(f"  wall s:   {big[0]:8.2f} vs {small[0]:.2f}   ratio {growth:.2f}   "
              f"target <= 5.5  {verdict(growth <= 5.5)}")
        big_mb, small_mb = size_mb(os.path.join(a.scaling, "public")), size_mb(os.path.join(a.ours, "public"))
        memory_growth, output_growth = big[2] / small[2], big_mb / small_mb
        print(f"  peak MiB: {big[2]:8.1f} vs {small[2]:.1f}   ratio {memory_growth:.2f}")
        print(f"  public/ MB: {big_mb:6.1f} vs {small_mb:.1f}   ratio {output_growth:.2f}")
        print(f"  memory grows no faster than the output: {verdict(memory_growth <= output_growth)}")


if __name__ == "__main__":
    main()
