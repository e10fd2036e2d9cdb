import * as Y from 'yjs';
import { answerFragment } from '../question.mutators.js';

// A document with a fixed client id, so tests that compare encodings do not depend on chance.
export function newDoc(clientId?: number, options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc(options);
  if (clientId !== undefined) {
    doc.clientID = clientId;
  }
  return doc;
}

// Sends each document's full state to every other one, as a provider's first sync would.
export function syncDocs(...docs: Y.Doc[]): void {
  const states = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  docs.forEach((doc, i) => {
    states.forEach((state, j) => {
      if (i !== j) {
        Y.applyUpdate(doc, state);
      }
    });
  });
}

// Records every update a document emits, in order, as a provider would send them.
export function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => {
    updates.push(update);
  });
  return updates;
}

// Content shaped as y-prosemirror writes it: one `paragraph` element per block, each holding one
// XmlText; an optional bold run checks that formatting is not mistaken for text.
export function paragraph(text: string, bold?: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  // applyDelta, not insert at run.length: a text not yet in a document reports length 0.
  run.applyDelta(
    bold === undefined
      ? [{ insert: text }]
      : [{ insert: text }, { insert: bold, attributes: { bold: true } }],
  );
  element.insert(0, [run]);
  return element;
}

export function appendParagraphs(doc: Y.Doc, questionKey: string, texts: string[]): void {
  const fragment = answerFragment(doc, questionKey);
  fragment.insert(
    fragment.length,
    texts.map((text) => paragraph(text)),
  );
}
