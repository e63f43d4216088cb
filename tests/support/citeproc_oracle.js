// Renders CSL-JSON items with citeproc-js (npm "citeproc"): the second opinion for the APA tests.
// stdin: {"style": path, "locales": {"en-US": path, ...}, "items": [...], "format": "text"|"html",
//         "citations": [[{"id": ..., "locator": ..., "label": ...}], ...]}
// stdout: {"bibliography": [[id, text], ...], "citations": [text, ...]}
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const styleXml = fs.readFileSync(input.style, "utf8");
const items = {};
for (const item of input.items) items[String(item.id)] = item;
const sys = {
  retrieveLocale: (lang) => {
    const path = input.locales[lang] || input.locales["en-US"];
    return fs.readFileSync(path, "utf8");
  },
  retrieveItem: (id) => items[String(id)],
};
const engine = new CSL.Engine(sys, styleXml, input.lang || "en-US", true);
engine.setOutputFormat(input.format || "text");
const ids = input.items.map((i) => String(i.id));
engine.updateItems(ids);
const out = { bibliography: [], citations: [] };
const bib = engine.makeBibliography();
if (bib) {
  const [meta, entries] = bib;
  meta.entry_ids.forEach((idList, n) => out.bibliography.push([String(idList[0]), entries[n].trim()]));
}
for (const cites of input.citations || []) {
  const res = engine.makeCitationCluster(cites.map((c) => Object.assign({}, c, { id: String(c.id) })));
  out.citations.push(res);
}
process.stdout.write(JSON.stringify(out));
