// Plain-text fields (rationale, summary, findings) are textareas bound to a Y.Text: each input
// becomes the smallest splice between the old and the new value, and remote changes move the
// caret along with the text around it.

export type TextChange = {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
};

export function textChange(before: string, after: string): TextChange | null {
  if (before === after) {
    return null;
  }
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) {
    start += 1;
  }
  let end = 0;
  while (
    end < shorter - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end += 1;
  }
  // Never split a surrogate pair (an emoji) between the kept and the changed parts.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) {
    start -= 1;
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) {
    end -= 1;
  }
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// A Y.Text delta: retain, insert or delete, in order.
export type TextDelta = readonly {
  readonly retain?: number;
  readonly insert?: unknown;
  readonly delete?: number;
}[];

// Where a caret index ends up after a remote change. Retain and delete count in the old text;
// text inserted exactly at the caret goes after it, so the caret stays where the person typed.
export function transformIndex(index: number, delta: TextDelta): number {
  let position = 0;
  let shift = 0;
  for (const op of delta) {
    if (position > index) {
      break;
    }
    if (op.retain !== undefined) {
      position += op.retain;
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, Math.max(0, index - position));
      position += op.delete;
    } else if (op.insert !== undefined && position < index) {
      shift += typeof op.insert === 'string' ? op.insert.length : 1;
    }
  }
  return index + shift;
}
