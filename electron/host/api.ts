import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostStore } from './store/host-store';
import { handleTemplatesApi } from './template-api';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * GET /api/health, /api/time and /api/workshops; /api/templates[/<id>]
 * (template-api.ts, which also takes PUT and DELETE); everything else under /api/ is 404.
 */
export async function handleApi(
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  store: HostStore,
  /** Set when the client is not on this computer: why the workshop list is withheld. */
  localOnly: string | null = null,
): Promise<void> {
  if (path === '/api/templates' || path.startsWith('/api/templates/')) {
    // Saved templates are this computer's, like the workshop list.
    if (localOnly !== null) return sendJson(res, 403, { error: localOnly });
    return handleTemplatesApi(path, req, res, store.dataDir, sendJson);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendJson(res, 405, { error: 'Only GET is supported here.' });
    return;
  }
  if (path === '/api/health') {
    sendJson(res, 200, { ok: true, service: 'small-changes-studio' });
    return;
  }
  if (path === '/api/time') {
    // Each laptop measures its clock against this one so the shared timer agrees (shared/facilitation/clock.ts).
    sendJson(res, 200, { now: Date.now() });
    return;
  }
  if (path === '/api/workshops') {
    if (localOnly !== null) {
      sendJson(res, 403, { error: localOnly });
      return;
    }
    try {
      sendJson(res, 200, { workshops: await store.listWorkshops() });
    } catch (error) {
      sendJson(res, 500, { error: `Could not list workshops: ${(error as Error).message}` });
    }
    return;
  }
  sendJson(res, 404, { error: 'No such API.' });
}
