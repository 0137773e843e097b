// Renders Vega-Lite chart specifications to SVG, in Node, without a browser.
//
//   node render.mjs < request.json > response.json
//
// request:  {"charts": [{"id": "revenues-by-line", "spec": { ...Vega-Lite... }}, ...]}
// response: {"svg": {"revenues-by-line": "<svg ...>...</svg>", ...}}
//
// Specifications carry their data inline: nothing is loaded, from the network or from files, and a
// specification that asks to load anything fails. Errors go to stderr with exit code 1.
import { parse, textMetrics, View } from "vega";
import { compile } from "vega-lite";

// Without a canvas, Vega guesses every character to be 0.8 em wide, which spaces legends and labels far
// too widely. Charts are set in Liberation Sans (metrically the same as Arial), so measure with Arial's
// advance widths (in thousandths of an em, for code points 32 to 126); full-width characters (Japanese)
// are one em, anything else an average Latin character. Bold text is about 8% wider.
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
function advance(ch) {
  const c = ch.codePointAt(0);
  if (c >= 32 && c <= 126) return ARIAL[c - 32];
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) {
    return 1000;
  }
  return 556;
}
textMetrics.width = (item, text) => {
  const line = text == null ? "" : String(text).trim();
  const size = item.fontSize != null ? +item.fontSize || 0 : 11;
  const bold = item.fontWeight === "bold" || +item.fontWeight >= 600 ? 1.08 : 1;
  let units = 0;
  for (const ch of line) units += advance(ch);
  return (units / 1000) * size * bold;
};

// Vega reports a failed load as a warning and draws the chart without the data; a request to load anything
// is remembered here and fails the chart.
const requested = [];
const refuse = async (uri) => {
  requested.push(String(uri));
  throw new Error("charts load nothing: their data is inline");
};
const noLoading = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function render(id, spec) {
  const vega = compile(spec).spec;
  const view = new View(parse(vega), { renderer: "none", loader: noLoading, logLevel: 0 });
  try {
    const svg = await view.toSVG();
    if (requested.length > 0) {
      throw new Error(`chart '${id}' asks to load data ('${requested.join("', '")}'); a chart's data must be inline`);
    }
    // Several charts share one HTML page: make their element ids (clip paths, gradients) distinct.
    return svg.replace(/id="([^"]+)"/g, `id="${id}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`);
  } finally {
    view.finalize();
  }
}

try {
  const request = JSON.parse(await readStdin());
  const svg = {};
  for (const { id, spec } of request.charts) {
    svg[id] = await render(id, spec);
  }
  process.stdout.write(JSON.stringify({ svg }));
} catch (e) {
  process.stderr.write(`kessan charts: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
}
