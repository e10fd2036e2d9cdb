// The extraction worker's code, run with `new Worker(source, { eval: true })` (a string so that it
// works from the TypeScript sources under vitest and from dist alike, like the collaboration
// validator). It loads unpdf and mammoth from the paths the main thread resolved, reads one file,
// and answers with its text, whitespace collapsed and cut to `maxChars`. pdf.js runs without eval
// and without fonts: only the text layer is wanted. Anything thrown is reported as a failure; a
// loop or a memory blow-up is cut off by the main thread (time budget, heap limit).
export const extractorWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { path, kind, unpdfPath, mammothPath, maxChars } = workerData;

async function pdfText() {
  const { getDocumentProxy, extractText } = require(unpdfPath);
  const data = new Uint8Array(readFileSync(path));
  const doc = await getDocumentProxy(data, {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}

async function docxText() {
  const mammoth = require(mammothPath);
  const { value } = await mammoth.extractRawText({ path });
  return value;
}

(kind === 'pdf' ? pdfText() : docxText()).then(
  (text) => {
    const clean = String(text).replace(/\\u0000/g, '').replace(/\\s+/g, ' ').trim();
    parentPort.postMessage({ ok: true, text: clean.slice(0, maxChars) });
  },
  (error) => parentPort.postMessage({ ok: false, error: String(error && error.message) }),
);
`;
