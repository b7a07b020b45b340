import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { parsePresenceJson } from '../../sync/room/presence-state';
import { caretColour, caretUser } from './caret-user';

describe("the blueprint's cursors pass the room's presence check", () => {
  test('a presence with a TipTap cursor (relative positions) and its user is accepted', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('body');
    const text = new Y.XmlText('Every child');
    fragment.insert(0, [text]);
    const at = (i: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, i));
    const state = {
      participantId: 'participant:abc123', name: 'Sam', role: 'facilitator',
      user: caretUser({ id: 'participant:abc123', displayName: 'Sam' }, '1'),
      cursor: { anchor: at(2), head: at(5) },
    };
    expect(parsePresenceJson(JSON.stringify(state))).toEqual({ ok: true, state });
    expect(parsePresenceJson(JSON.stringify({ ...state, cursor: null })).ok).toBe(true);
    expect(parsePresenceJson(JSON.stringify({ ...state, user: { name: 'Sam', color: 'red' } })).ok).toBe(false);
  });

  test('caret colours are stable per person and dark enough for white names', () => {
    expect(caretColour('participant:a')).toBe(caretColour('participant:a'));
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let i = 0; i < 50; i++) {
      const colour = caretColour(`participant:${i}`);
      expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(4.5);
    }
    expect(caretUser(null, '7').name).toBe('A colleague');
  });
});
