#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (`make fuzz`): for the post target,
the Markdown of the test fixtures and the example blog's posts; for the TeX
target, every formula of the fixtures and the blank-line-separated formulas
of each numbering case; for the highlight target, the example blog's fenced
code. Usage: seed_corpus.py POST_DIR TEX_DIR CODE_DIR"""
import hashlib, json, pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]
post_dir, tex_dir, code_dir = (pathlib.Path(p) for p in sys.argv[1:4])
for folder in (post_dir, tex_dir, code_dir):
    folder.mkdir(parents=True, exist_ok=True)

def put(folder, text):
    data = text.encode()
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)

fixtures = root / "Tests/BlogKitTests/Fixtures"
for case in json.loads((fixtures / "math-spans.json").read_text()):
    put(post_dir, case["markdown"])
    for span in case["spans"]:
        put(tex_dir, span["tex"])
for case in json.loads((fixtures / "numbering.json").read_text()):
    put(post_dir, case["markdown"])
    formulas = re.findall(r"\\begin\{(\w+\*?)\}.*?\\end\{\1\}|\$\$.*?\$\$|\$[^$]+\$", case["markdown"], re.S)
    put(tex_dir, "\n\n".join(f.strip("$") for f in formulas))
for post in sorted((root / "Content/posts").rglob("*.md")):
    text = post.read_text()
    put(post_dir, text)
    for formula in re.findall(r"\$\$(.+?)\$\$|\$([^$\n]+)\$", text, re.S):
        put(tex_dir, formula[0] or formula[1])
    for code in re.findall(r"^```[^\n]*\n(.*?)^```", text, re.S | re.M):
        put(code_dir, code)
