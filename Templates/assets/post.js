// A post page's two helpers, neither needed to read it: a copy button on
// each code block and on the BibTeX citation, and the table of contents
// beside the post marking the section being read. The button's words come
// from the script tag (`data-copy`, `data-copied`), so they follow the
// site's `strings:`.
(function () {
  "use strict";
  var script = document.currentScript;
  var words = {
    copy: (script && script.dataset.copy) || "Copy",
    copied: (script && script.dataset.copied) || "Copied"
  };

  // Clipboard API where the page is a secure context (https, localhost);
  // elsewhere the older selection command, which still works over http.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(area);
      if (done) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  // The button sits in a wrapper, not in the <pre>: a <pre> scrolls
  // sideways, and the button would scroll away with its text.
  function addButton(pre) {
    var wrapper = document.createElement("div");
    wrapper.className = "copyable";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = words.copy;
    button.addEventListener("click", function () {
      var code = pre.querySelector("code") || pre;
      copy(code.textContent).then(function () {
        button.textContent = words.copied;
        button.classList.add("is-copied");
        setTimeout(function () {
          button.textContent = words.copy;
          button.classList.remove("is-copied");
        }, 1600);
      }, function () {});
    });
    wrapper.appendChild(button);
  }

  document.querySelectorAll(".post-content pre, pre.citation-bibtex").forEach(addButton);

  // The current section is the last heading above a line a little below
  // the top of the window; its entry is marked and kept in view when the
  // table is taller than the window.
  var toc = document.querySelector(".sidebar-toc");
  if (!toc) { return; }
  var links = Array.prototype.slice.call(toc.querySelectorAll("a[href^='#']"));
  var targets = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  });
  var current = null;
  var pending = false;
  function mark() {
    pending = false;
    var line = window.innerHeight * 0.2;
    var found = null;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i] && targets[i].getBoundingClientRect().top <= line) { found = links[i]; }
    }
    if (found === current) { return; }
    if (current) { current.removeAttribute("aria-current"); }
    current = found;
    if (!current) { return; }
    current.setAttribute("aria-current", "location");
    // The table is sticky, so positioned: offsets are from its top.
    var top = current.offsetTop;
    if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - current.offsetHeight) {
      toc.scrollTop = top - toc.clientHeight / 3;
    }
  }
  window.addEventListener("scroll", function () {
    if (!pending) { pending = true; window.requestAnimationFrame(mark); }
  }, { passive: true });
  mark();
})();
