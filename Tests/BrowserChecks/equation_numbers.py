#!/usr/bin/env python3
"""Numbered display equations as a reader sees them, in headless Chromium
and Firefox, on a wide screen (1200 px) and a phone (390 px).

Builds a small site whose post has every kind of numbered display (equation,
align with \\notag rows, gather, eqnarray, a formula wider than a phone, a
\\tag on a whole aligned, multline, flalign), serves it, and measures each
number. Asserts that
- its right edge is at the right edge of the text column (also after a wide
  formula is scrolled sideways: it stays in view);
- its vertical centre is within 0.2em of its own row's (it sits on the row's baseline);
- it overlaps nothing of its formula, and no text of the formula is cut;
- on the wide screen, a centred formula is centred in the column, the lines
  of multline and the pairs of flalign reach out to the column's edges.
Prints what it measured and exits non-zero if anything is off. Screenshots
go to .build/equation-numbers/. Run by `make browser-check`.
"""
import json, os, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browsers import Chromium, Firefox, static_server, report

BLOG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/blog")
SHOTS = os.path.abspath(".build/equation-numbers")
TOLERANCE = 3  # px
# A number sits on its row's baseline, as in TeX, not at its middle: a
# superscript in the row raises the row's centre. 0.2em of the math's size
# (17px text, math at 126%) allows that and still catches a number a line off.
VERTICAL_TOLERANCE = 4.5  # px

POST = r"""---
title: 编号公式
date: 2024-01-02 10:00:00
id: 1
---

正文一行,说明公式 \eqref{eq:euler} 与 \eqref{eq:second} 的关系。

<div id="equation">

\begin{equation}e^{i\pi} + 1 = 0\label{eq:euler}\end{equation}

</div>
<div id="align">

\begin{align}
f(x) &= (x+1)^2 \label{eq:second}\\
&= x^2 + 2x + 1 \notag\\
g(x) &= \frac{1}{2}x - 3\\
&\qquad \text{(原始可行性)}
\end{align}

</div>
<div id="gather">

\begin{gather}
a + b = c\\
x = y \nonumber\\
\alpha\beta\gamma = \delta
\end{gather}

</div>
<div id="eqnarray">

\begin{eqnarray}
u &=& v + w\\
p &\le& q \nonumber\\
r &\ge& s
\end{eqnarray}

</div>
<div id="long">

\begin{equation}
\mathcal{L}(\theta) = \sum_{i=1}^{n} \log p(x_i \mid \theta) + \lambda_1 \|\theta\|_1 + \lambda_2 \|\theta\|_2^2 + \mathbb{E}_{z \sim q}\left[\log \frac{p(x, z)}{q(z)}\right]
\end{equation}

</div>
<div id="tagged">

$$\begin{aligned} a &= b + c \\ d &= e \end{aligned}\tag{A}$$

</div>
<div id="multline">

\begin{multline}
a + b + c + d + e + f \\
g + h + i \\
j + k + l + m + n
\end{multline}

</div>
<div id="flalign">

\begin{flalign}
x &= y & X &= Y\\
x' &= y' & X' &= Y'
\end{flalign}

</div>
"""

# The post, in a frame as wide as the screen measured: browsers keep their
# windows wider than a phone's.
FRAME_PAGE = '<!doctype html><body style="margin:0"><iframe id="post" src="{src}" style="border:0;width:{width}px;height:5000px"></iframe>'
FRAME = "document.getElementById('post').contentDocument"

# For each numbered formula (a `div` above): the text column, each row
# holding a number (its number's box and its formula cells' content boxes),
# and every content box of the formula, in viewport coordinates.
MEASURE = r"""JSON.stringify([...FRAME.querySelectorAll('.post-content > div[id]')].map(block => {
  const box = element => { const r = element.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const union = boxes => boxes.length ? {left: Math.min(...boxes.map(b => b.left)), right: Math.max(...boxes.map(b => b.right)),
    top: Math.min(...boxes.map(b => b.top)), bottom: Math.max(...boxes.map(b => b.bottom))} : null;
  const math = block.querySelector('math');
  const column = box(block);
  const content = mtr => [...mtr.children].filter(cell => !cell.classList.contains('eqno'))
    .flatMap(cell => [...cell.children]).filter(e => e.localName !== 'mphantom').map(box).filter(b => b.right > b.left);
  const outer = math.querySelector('mtable');
  const rows = [...outer.children].filter(mtr => mtr.querySelector(':scope > .eqno > mtext'))
    .map(mtr => ({number: box(mtr.querySelector(':scope > .eqno > mtext')), content: union(content(mtr)),
                  text: mtr.querySelector(':scope > .eqno').textContent}));
  const lines = [...outer.children].map(mtr => union(content(mtr))).filter(b => b);
  const texts = [...math.querySelectorAll('mtd:not(.eqno) mtext')].filter(t => !t.closest('mphantom')).map(t => ({text: t.textContent, box: box(t), cell: box(t.closest('mtd'))}));
  // The box that scrolls a wide formula: the page's around it, or (before Firefox needed one) the math.
  const scroller = math.closest('.math.display') || math;
  return {id: block.id, column, math: box(math), scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
          rows, lines, formula: union(lines), texts};
}))""".replace("FRAME", FRAME)

SCROLL_MIDDLE = "FRAME.querySelectorAll('math[display=block]').forEach(m => { const s = m.closest('.math.display') || m; s.scrollLeft = (s.scrollWidth - s.clientWidth) / 2; })".replace("FRAME", FRAME)


def build_site():
    site = tempfile.mkdtemp(prefix="blog-equation-numbers-")
    os.makedirs(os.path.join(site, "Content/posts/2024"))
    with open(os.path.join(site, "Content/posts/2024/1.md"), "w") as f:
        f.write(POST)
    subprocess.run([BLOG, "build", "--root", site, "--strict"], check=True, stdout=subprocess.DEVNULL)
    public = os.path.join(site, "public")
    for folder, _, files in os.walk(public):
        if "index.html" in files and 'id="equation"' in open(os.path.join(folder, "index.html"), encoding="utf-8").read():
            return site, "/" + os.path.relpath(folder, public) + "/"
    sys.exit("FAILED: the post's page is not in the built site")


def overlaps(a, b):
    return a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5 and a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5


def centre_y(b):
    return (b["top"] + b["bottom"]) / 2


def check(blocks, wide, failures, where):
    for block in blocks:
        column, name = block["column"], block["id"]
        for row in block["rows"]:
            number, content = row["number"], row["content"]
            off_right = number["right"] - column["right"]
            off_centre = centre_y(number) - centre_y(content)
            print(f"  {name:9} {row['text']:>4}: number right {number['right']:7.1f} (column {column['right']:7.1f}, {off_right:+6.1f}),"
                  f" centre {off_centre:+5.1f} from its row")
            if abs(off_right) > TOLERANCE:
                failures.append(f"{where} {name} {row['text']}: number's right edge {off_right:+.1f} px from the column's")
            if abs(off_centre) > VERTICAL_TOLERANCE:
                failures.append(f"{where} {name} {row['text']}: number's centre {off_centre:+.1f} px from its row's")
            for line in block["lines"]:
                if overlaps(number, line) and not block["scrolls"]:
                    failures.append(f"{where} {name} {row['text']}: number overlaps its formula")
        for text in block["texts"]:
            if text["box"]["left"] < text["cell"]["left"] - 0.5 or text["box"]["right"] > text["cell"]["right"] + 0.5:
                failures.append(f"{where} {name}: text {text['text']!r} is cut by its cell")
        if not wide or block["scrolls"]:
            continue
        formula = block["formula"]
        if name == "multline":
            first, last = block["lines"][0], block["lines"][-1]
            number = block["rows"][-1]["number"]
            print(f"  {name:9} first line from the left {first['left'] - column['left']:.1f}, last line to the number {number['left'] - last['right']:.1f}")
            if not (8 < first["left"] - column["left"] < 24):
                failures.append(f"{where} multline: first line {first['left'] - column['left']:.1f} px from the left edge, not \\multlinegap")
            if not (8 < number["left"] - last["right"] < 24):
                failures.append(f"{where} multline: last line {number['left'] - last['right']:.1f} px from its number, not flush right")
        elif name == "flalign":
            number = block["rows"][-1]["number"]
            print(f"  {name:9} from the left {formula['left'] - column['left']:.1f}, to the number {number['left'] - formula['right']:.1f}")
            if formula["left"] - column["left"] > TOLERANCE:
                failures.append(f"{where} flalign: first pair {formula['left'] - column['left']:.1f} px from the left edge")
            if number["left"] - formula["right"] > 24:
                failures.append(f"{where} flalign: last pair {number['left'] - formula['right']:.1f} px from its number")
        else:
            # As TeX, a formula with no room for its number beside it on both sides moves off the centre.
            number = max(row["number"]["right"] - row["number"]["left"] for row in block["rows"]) + 16
            if (column["right"] - column["left"] - (formula["right"] - formula["left"])) / 2 < number:
                print(f"  {name:9} too wide to centre beside its number")
                continue
            off = (formula["left"] + formula["right"]) / 2 - (column["left"] + column["right"]) / 2
            print(f"  {name:9} formula centre {off:+.1f} from the column's")
            if abs(off) > TOLERANCE:
                failures.append(f"{where} {name}: formula's centre {off:+.1f} px from the column's")


def main():
    os.makedirs(SHOTS, exist_ok=True)
    site, page = build_site()
    failures = []
    try:
        with static_server(os.path.join(site, "public"), page) as root:
            for width in (1200, 390):
                with open(os.path.join(site, "public", f"frame-{width}.html"), "w") as f:
                    f.write(FRAME_PAGE.format(src=page, width=width))
            for browser_type in (Chromium, Firefox):
                for width in (1200, 390):
                    with browser_type(width=1300, height=900) as browser:
                        tab = browser.open(f"{root}/frame-{width}.html")
                        tab.eval_async(FRAME + ".fonts.ready.then(() => true)")
                        where = f"{browser_type.name} {width}px"
                        print(f"{where}:")
                        blocks = json.loads(tab.eval(MEASURE))
                        print("  scrolling sideways:", ", ".join(b["id"] for b in blocks if b["scrolls"]) or "none")
                        check(blocks, width >= 1000, failures, where)
                        tab.screenshot(os.path.join(SHOTS, f"{browser_type.name}-{width}.png"))
                        if width < 1000:
                            tab.eval(SCROLL_MIDDLE)
                            print(f"{where}, wide formulas scrolled halfway:")
                            check([b for b in json.loads(tab.eval(MEASURE)) if b["scrolls"]], False, failures, where + " scrolled")
    finally:
        shutil.rmtree(site, ignore_errors=True)
    report(failures, "equation numbers", f"all right in both browsers; screenshots in {SHOTS}/")


if __name__ == "__main__":
    main()
