/**
 * Reads a pasted join link (`http://host:port/#/join?room=…&secret=…`), or
 * returns null when the text is not one.
 */
export function readJoinLink(text: string): { room: string; secret: string; hostUrl: string | null } | null {
  const at = text.indexOf('#/join?');
  if (at < 0) return null;
  const params = new URLSearchParams(text.slice(at + '#/join?'.length));
  const room = params.get('room');
  const secret = params.get('secret');
  if (!room || !secret) return null;
  let hostUrl: string | null = null;
  try {
    const origin = new URL(text.slice(0, at).trim()).origin;
    hostUrl = origin === 'null' ? null : origin;
  } catch {
    hostUrl = null;
  }
  return { room, secret, hostUrl };
}
