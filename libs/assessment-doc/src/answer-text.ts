import * as Y from 'yjs';
import { answerFragmentName } from './assessment-doc.schema.js';
import { assertItemKey } from './assessment-doc.validate.js';
import { plainText, readRootFragment } from './doc-read.util.js';

// ProseMirror documents nest a handful of levels (list → item → paragraph); the cap only stops a
// hostile, absurdly deep tree from overflowing the stack of the server that reads it.
const maxDepth = 64;
const lineBreakNodeNames = new Set(['hardBreak', 'hard_break']);

type XmlNode = Y.XmlElement | Y.XmlText;

function isXmlNode(value: unknown): value is XmlNode {
  return value instanceof Y.XmlElement || value instanceof Y.XmlText;
}

function nodeText(node: XmlNode, depth: number): string {
  if (node instanceof Y.XmlText) {
    return plainText(node);
  }
  if (lineBreakNodeNames.has(node.nodeName)) {
    return '\n';
  }
  return childrenText(node, depth + 1);
}

// A node holding text runs is a text block (paragraph, heading): its children are inline and
// concatenate. Any other node holds blocks, one per line.
function childrenText(parent: Y.XmlFragment, depth: number): string {
  if (depth > maxDepth) {
    return '';
  }
  const children = (parent.toArray() as unknown[]).filter(isXmlNode);
  const isTextBlock = children.some((child) => child instanceof Y.XmlText);
  return children.map((child) => nodeText(child, depth)).join(isTextBlock ? '' : '\n');
}

// Plain text of a rich-text fragment as bound by y-prosemirror: blocks on their own lines,
// formatting and non-text nodes dropped. Used for projection, diffs and search.
export function fragmentPlainText(fragment: Y.XmlFragment): string {
  return childrenText(fragment, 0);
}

export function answerPlainText(doc: Y.Doc, questionKey: string): string {
  const fragment = readRootFragment(
    doc,
    answerFragmentName(assertItemKey('question', questionKey)),
  );
  return fragment === null ? '' : fragmentPlainText(fragment);
}
