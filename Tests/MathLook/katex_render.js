#!/usr/bin/env node
// KaTeX's HTML for each formula, for make math-look: reads JSON lines
// {"tex", "display"} on stdin, writes {"html"} or {"error"} per line, in
// order. argv[2] is a JSON file of macros ({"\\tr": "\\operatorname{tr}"}).
// Uses Debian's katex package (node module at /usr/share/nodejs/katex).
"use strict";
const fs = require("fs");
const readline = require("readline");
const katex = require(process.env.KATEX_MODULE || "/usr/share/nodejs/katex");

const macros = process.argv[2] ? JSON.parse(fs.readFileSync(process.argv[2], "utf8")) : {};
const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (!line.trim()) return;
  const { tex, display } = JSON.parse(line);
  let answer;
  try {
    // A fresh copy each time: \def and \newcommand write into the macros.
    const html = katex.renderToString(tex, {
      displayMode: display, output: "html", throwOnError: true, strict: "ignore",
      trust: true, macros: { ...macros },
    });
    answer = { html };
  } catch (error) {
    answer = { error: String(error.message || error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
