// The release view: a click on a figure in the release (framed, script-free) loads its explanation into the side panel
// and marks every place the same figure appears. No inline script anywhere: the content security policy forbids it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const review = document.querySelector(".review[data-revision]");
  if (!review) {
    return;
  }
  const revision = review.dataset.revision;
  const frame = review.querySelector("iframe.release");
  const panel = document.getElementById("explanation");

  const mark = (doc, figure) => {
    for (const el of doc.querySelectorAll("[data-figure]")) {
      const same = el.dataset.figure === figure;
      el.style.outline = same ? "2px solid #d9480f" : "";
      el.style.backgroundColor = same ? "#fff4e6" : "";
    }
  };

  const explain = async (figure) => {
    const path = "/revisions/" + revision + "/figures/" + figure.split("/").map(encodeURIComponent).join("/");
    const response = await fetch(path, { credentials: "same-origin" });
    if (!response.ok) {
      panel.textContent = "This figure cannot be explained here (" + response.status + ").";
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const section = page.getElementById("figure-explanation");
    panel.replaceChildren(...(section ? [document.importNode(section, true)] : []));
  };

  // A click elsewhere in the release (a sentence, a table's heading) makes the new comment about its table or section.
  const target = document.querySelector("#new-comment input[name=target]");
  const aboutPlace = (doc) => doc.addEventListener("click", (event) => {
    if (!target || event.target.closest("[data-figure]")) {
      return;
    }
    const place = event.target.closest("table[id], section[id], [id]");
    if (place) {
      target.value = (place.tagName === "TABLE" ? "table:" : "section:") + place.id;
    }
  });
  const wire = () => {
    const doc = frame.contentDocument;
    if (!doc || doc.documentElement.dataset.kessanWired) {
      return;
    }
    doc.documentElement.dataset.kessanWired = "yes";
    aboutPlace(doc);
    for (const el of doc.querySelectorAll("[data-figure]")) {
      el.style.cursor = "pointer";
      el.addEventListener("click", (event) => {
        event.preventDefault();
        mark(doc, el.dataset.figure);
        explain(el.dataset.figure);
      });
    }
  };
  frame.addEventListener("load", wire);
  if (frame.contentDocument && frame.contentDocument.readyState === "complete") {
    wire();
  }
});
