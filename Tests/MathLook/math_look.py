#!/usr/bin/env python3
"""Does our math look like TeX? `make math-look`.

Renders each formula twice on one page, side by side: our MathML with the
default theme (style.css and its Latin Modern Math), and KaTeX's HTML
(Debian's katex, libjs-katex and fonts-katex), which is TeX's layout in
Computer Modern. A headless browser screenshots the page; the ink of each
rendering (its darkened pixels) gives its width and height in units of its
own font size. A formula passes when our width is within 10% of KaTeX's and,
for display math, our height within 20%. Prints the share that passes per
browser and the worst offenders with their TeX; exits non-zero when a share
is under its floor in thresholds.json.

Usage: math_look.py BLOG BLOG_BENCH [--browsers chromium,firefox] [--out DIR]
Formulas: the gallery's (blog-bench gallery-formulas), the example blog's
(blog-bench formulas .), with numbering taken out (KaTeX has no \\eqref),
each distinct formula once.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "BrowserChecks"))
import browsers  # noqa: E402

KATEX_ASSETS = "/usr/share/javascript/katex"
WIDTH_TOLERANCE, HEIGHT_TOLERANCE = 0.10, 0.20
ROWS_PER_PAGE = 40
SCALE = 2  # device pixels per CSS pixel: finer ink edges
NUMBERED = r"equation|align|gather|multline|flalign|alignat|eqnarray|xalignat|xxalignat"


def collect(blog_bench):
    """(source, tex, display) of every formula, each distinct one once."""
    seen, formulas = set(), []
    for source, command in (("gallery", [blog_bench, "gallery-formulas"]), ("example blog", [blog_bench, "formulas", "."])):
        for line in subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines():
            item = json.loads(line)
            tex = unnumbered(item["tex"])
            if tex is None or (tex, item["display"]) in seen:
                continue
            seen.add((tex, item["display"]))
            formulas.append((source, tex, item["display"]))
    return formulas


def unnumbered(tex):
    """The formula without numbers, labels and references, which KaTeX lacks;
    None when it refers to another formula."""
    if re.search(r"\\(eq)?ref\b", tex):
        return None
    tex = re.sub(r"\\begin\{(" + NUMBERED + r")\}", r"\\begin{\1*}", tex)
    tex = re.sub(r"\\end\{(" + NUMBERED + r")\}", r"\\end{\1*}", tex)
    tex = re.sub(r"\\(label|tag\*?)\{[^{}]*\}|\\notag\b|\\nonumber\b", "", tex)
    return tex


def site_macros(path="blog.yml"):
    """blog.yml's math.macros as KaTeX takes them ({"\\tr": "..."})."""
    import yaml  # PyYAML
    if not os.path.exists(path):
        return {}
    macros = (yaml.safe_load(open(path, encoding="utf-8")) or {}).get("math", {}).get("macros", {}) or {}
    return {"\\" + name: (value if isinstance(value, str) else value[0]) for name, value in macros.items()}


def convert(command, formulas):
    """Each formula through `command`, which reads and writes JSON lines."""
    lines = "".join(json.dumps({"tex": tex, "display": display}, ensure_ascii=False) + "\n" for _, tex, display in formulas)
    output = subprocess.run(command, input=lines, check=True, capture_output=True, text=True).stdout
    answers = [json.loads(line) for line in output.splitlines()]
    assert len(answers) == len(formulas), f"{command[0]} answered {len(answers)} of {len(formulas)} lines"
    return answers


PAGE_STYLE = """
body { margin: 24px; background: #fff; }
.row { display: flex; gap: 48px; align-items: flex-start; margin: 0 0 28px; }
.cell { width: max-content; padding: 14px; }
/* The ink is measured: no scroll shadows or number backgrounds. */
math[display="block"], .math.display, math .eqno { background: none !important; }
math[display="block"] { margin: 0 !important; }
.katex-display { margin: 0 !important; }
"""


def write_pages(folder, formulas, ours, theirs):
    # The theme as a reader without Latin Modern installed gets it: the
    # shipped WOFF2, not a local copy.
    theme = open(os.path.join(HERE, "..", "..", "Templates", "assets", "style.css"), encoding="utf-8").read()
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as f:
        f.write(re.sub(r'local\("[^"]*"\),\s*', "", theme))
    shutil.copytree(os.path.join(HERE, "..", "..", "Templates", "assets", "fonts"), os.path.join(folder, "fonts"), dirs_exist_ok=True)
    os.makedirs(os.path.join(folder, "katex"), exist_ok=True)
    shutil.copy(os.path.join(KATEX_ASSETS, "katex.min.css"), os.path.join(folder, "katex"))
    shutil.copytree(os.path.join(KATEX_ASSETS, "fonts"), os.path.join(folder, "katex", "fonts"), dirs_exist_ok=True)
    pages = []
    for start in range(0, len(formulas), ROWS_PER_PAGE):
        rows = []
        for index in range(start, min(start + ROWS_PER_PAGE, len(formulas))):
            mine = ours[index].get("mathml") or ""
            rows.append(f'<div class="row" id="r{index}"><div class="cell ours">{mine}</div>'
                        f'<div class="cell katex-cell">{theirs[index].get("html", "")}</div></div>')
        name = f"page-{start // ROWS_PER_PAGE:03}.html"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
                    '<link rel="stylesheet" href="style.css"><link rel="stylesheet" href="katex/katex.min.css">'
                    f'<style>{PAGE_STYLE}</style></head><body><div class="post-content">\n' + "\n".join(rows) +
                    "\n</div></body></html>\n")
        pages.append((name, list(range(start, min(start + ROWS_PER_PAGE, len(formulas))))))
    return pages


# Each cell's box and the font size the formula is set in, in CSS pixels.
MEASURE = """(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; };
  return [...document.querySelectorAll('.row')].map((row) => {
    const ours = row.querySelector('.ours'), theirs = row.querySelector('.katex-cell');
    const math = ours.querySelector('math'), katex = theirs.querySelector('.katex');
    return {id: row.id, ours: box(ours), theirs: box(theirs),
            oursSize: math ? parseFloat(getComputedStyle(math).fontSize) : 0,
            theirsSize: katex ? parseFloat(getComputedStyle(katex).fontSize) : 0};
  });
})()"""


def ink(image, box, scale):
    """Width and height, in CSS pixels, of the darkened pixels inside `box`."""
    left, top, width, height = (round(v * scale) for v in box)
    region = image.crop((left, top, left + width, top + height)).convert("L")
    bounds = region.point(lambda p: 255 if p < 200 else 0).getbbox()
    if not bounds:
        return None
    return (bounds[2] - bounds[0]) / scale, (bounds[3] - bounds[1]) / scale


def measure(browser, folder, pages):
    from PIL import Image
    Image.MAX_IMAGE_PIXELS = None
    results = {}
    for name, indices in pages:
        page = browser.open("file://" + os.path.join(folder, name))
        cells = page.eval(MEASURE)
        shot = os.path.join(folder, f"{browser.name}-{name[:-5]}.png")
        page.screenshot(shot)
        image = Image.open(shot)
        scale = image.size[0] / page.eval("document.documentElement.scrollWidth")
        for cell in cells:
            index = int(cell["id"][1:])
            mine, theirs = ink(image, cell["ours"], scale), ink(image, cell["theirs"], scale)
            if mine and cell["oursSize"]:
                mine = (mine[0] / cell["oursSize"], mine[1] / cell["oursSize"])
            if theirs and cell["theirsSize"]:
                theirs = (theirs[0] / cell["theirsSize"], theirs[1] / cell["theirsSize"])
            results[index] = (mine, theirs)
    return results


def judge(formulas, ours, results):
    """(passed, compared, offenders), offenders worst first."""
    passed, compared, offenders = 0, 0, []
    for index, (source, tex, display) in enumerate(formulas):
        mine, theirs = results.get(index, (None, None))
        if not theirs:
            continue  # KaTeX cannot typeset it: nothing to compare with
        compared += 1
        if not mine:
            offenders.append((float("inf"), tex, display, ours[index].get("error", "nothing rendered")))
            continue
        width = mine[0] / theirs[0] - 1
        height = mine[1] / theirs[1] - 1
        worst = max(abs(width) / WIDTH_TOLERANCE, abs(height) / HEIGHT_TOLERANCE if display else 0)
        if worst <= 1:
            passed += 1
        else:
            offenders.append((worst, tex, display, f"width {width:+.0%}, height {height:+.0%}"))
    offenders.sort(key=lambda o: -o[0])
    return passed, compared, offenders


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("blog")
    ap.add_argument("blog_bench")
    ap.add_argument("--browsers", default="chromium,firefox")
    ap.add_argument("--out", default=".build/math-look")
    ap.add_argument("--worst", type=int, default=25)
    ap.add_argument("--match", metavar="REGEX", help="only the formulas whose TeX matches (to look at a few)")
    a = ap.parse_args()
    folder = os.path.abspath(a.out)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)

    formulas = collect(a.blog_bench)
    if a.match:
        formulas = [f for f in formulas if re.search(a.match, f[1])]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(site_macros(), f)
        macros_file = f.name
    ours = convert([a.blog, "math", "--jsonl"], formulas)
    theirs = convert(["node", os.path.join(HERE, "katex_render.js"), macros_file], formulas)
    os.unlink(macros_file)
    pages = write_pages(folder, formulas, ours, theirs)
    katex_failed = sum("error" in t for t in theirs)
    displays = sum(f[2] for f in formulas)
    print(f"{len(formulas)} distinct formulas ({displays} display), {katex_failed} that KaTeX cannot typeset left out; "
          f"pages in {folder}")

    floors = json.load(open(os.path.join(HERE, "thresholds.json")))
    failed = []
    for name in a.browsers.split(","):
        kind = {"chromium": browsers.Chromium, "firefox": browsers.Firefox}[name]
        with kind(width=1600, height=1000, scale=SCALE) as browser:
            results = measure(browser, folder, pages)
        passed, compared, offenders = judge(formulas, ours, results)
        share = passed / compared if compared else 0
        floor = floors[name]
        print(f"\n{name}: {passed} of {compared} formulas within tolerance: {share:.1%} (floor {floor:.0%}"
              f"{'' if share >= floor else ', UNDER IT'})")
        for worst, tex, display, what in offenders[:a.worst]:
            print(f"  {what:<28} {'display' if display else 'inline '} {tex[:110]!r}")
        with open(os.path.join(folder, f"{name}-offenders.txt"), "w", encoding="utf-8") as f:
            for worst, tex, display, what in offenders:
                f.write(f"{what}\t{'display' if display else 'inline'}\t{tex}\n")
        if share < floor:
            failed.append(name)
    if failed:
        sys.exit(f"math-look: under the floor in {', '.join(failed)}")


if __name__ == "__main__":
    main()
