// How this person's cursor looks to the others writing the blueprint: their
// name on a colour picked from their participant id, dark enough for white
// text (contrast above 4.5:1).
const CARET_COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#912b88', '#6f3b00', '#942514', '#005a30', '#003078'] as const;

export interface CaretUser {
  readonly name: string;
  readonly color: string;
}

export function caretColour(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return CARET_COLOURS[hash % CARET_COLOURS.length] as string;
}

export function caretUser(participant: { id: string; displayName: string } | null, fallbackKey: string): CaretUser {
  const name = participant?.displayName.trim() || 'A colleague';
  return { name, color: caretColour(participant?.id ?? fallbackKey) };
}

/** The caret drawn in the text for another writer: a coloured bar with their name. Hidden from screen readers, which hear the text, not the decoration. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = typeof user.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(user.color) ? user.color : '#0b0c0c';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = colour;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = colour;
  label.textContent = typeof user.name === 'string' ? user.name.slice(0, 60) : 'A colleague';
  caret.append(label);
  return caret;
}
