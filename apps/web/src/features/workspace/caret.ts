import { presenceColor } from './presence';

const colourPattern = /^#[0-9a-f]{6}$/i;

// The caret of someone else typing in an answer: a coloured line with their name above it. The
// awareness state comes from another client, so the name is set as text and the colour checked.
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const id = typeof user['id'] === 'string' ? user['id'] : '';
  const name = typeof user['name'] === 'string' ? user['name'].slice(0, 80) : '';
  const color =
    typeof user['color'] === 'string' && colourPattern.test(user['color'])
      ? user['color']
      : presenceColor(id);
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = color;
  label.dir = 'auto';
  label.textContent = name;
  caret.append(label);
  return caret;
}
