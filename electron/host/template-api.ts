// /api/templates: the facilitator's saved session templates, kept by the host
// (template-store.ts). GET lists them, GET /<id> reads one, PUT /<id> saves one
// (a JSON body, checked with shared/facilitation/templates.ts), DELETE /<id>
// removes one. Like the workshop list, only this computer may use it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_TEMPLATE_BYTES, TemplateStore, TemplateStoreError, type TemplateErrorCode } from './template-store';

export type SendJson = (res: ServerResponse, status: number, body: unknown) => void;

const STATUS: Readonly<Record<TemplateErrorCode, number>> = {
  invalid: 400, 'too-large': 413, 'too-many': 409, 'not-found': 404, 'disk-full': 507, 'write-failed': 500,
};

const stores = new Map<string, TemplateStore>();

/** One store per data folder, so its writes queue one behind another. */
export function templateStoreFor(dataDir: string): TemplateStore {
  let store = stores.get(dataDir);
  if (!store) stores.set(dataDir, (store = new TemplateStore(dataDir)));
  return store;
}

class BodyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The request body as text, refused (before reading it all) when it is larger than any template can be. */
async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_TEMPLATE_BYTES) throw new BodyError(413, `The template is too large to save (more than ${MAX_TEMPLATE_BYTES / 1024} KB).`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_TEMPLATE_BYTES) throw new BodyError(413, `The template is too large to save (more than ${MAX_TEMPLATE_BYTES / 1024} KB).`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) throw new BodyError(415, 'Send the template as JSON (Content-Type: application/json).');
  const text = await readBody(req);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `The template is not valid JSON: ${(error as Error).message}`);
  }
}

export async function handleTemplatesApi(
  path: string, req: IncomingMessage, res: ServerResponse, dataDir: string, sendJson: SendJson,
): Promise<void> {
  const store = templateStoreFor(dataDir);
  const id = path === '/api/templates' ? null : decodeURIComponent(path.slice('/api/templates/'.length));
  const method = req.method ?? 'GET';
  const allowed = id === null ? 'GET, HEAD' : 'GET, HEAD, PUT, DELETE';
  try {
    if (id === null && (method === 'GET' || method === 'HEAD')) {
      const { templates, skipped } = await store.list();
      return sendJson(res, 200, { templates, skipped });
    }
    if (id !== null && (method === 'GET' || method === 'HEAD')) return sendJson(res, 200, { template: await store.get(id) });
    if (id !== null && method === 'PUT') {
      const body = await readJson(req);
      const bodyId = (body as { id?: unknown } | null)?.id;
      if (bodyId !== id) return sendJson(res, 400, { error: `The template's id (${String(bodyId)}) is not the one in the address (${id}).` });
      return sendJson(res, 200, { template: await store.save(body) });
    }
    if (id !== null && method === 'DELETE') {
      await store.delete(id);
      res.statusCode = 204;
      res.end();
      return;
    }
    res.setHeader('Allow', allowed);
    return sendJson(res, 405, { error: `Use ${allowed} here.` });
  } catch (error) {
    if (error instanceof BodyError) {
      // The rest of an oversized body is not read: close the connection rather than leave it half-read.
      if (error.status === 413) res.setHeader('Connection', 'close');
      return sendJson(res, error.status, { error: error.message });
    }
    if (error instanceof TemplateStoreError) return sendJson(res, STATUS[error.code], { error: error.message });
    return sendJson(res, 500, { error: `The host could not use its saved templates: ${(error as Error).message}` });
  }
}
