// Session templates the facilitator saved, kept by the host as one JSON file
// each in <data dir>/templates, next to the workshops: so every browser and
// the desktop window on this computer see the same list, and a template
// outlives one browser's storage. Writes are atomic (temp file, fsync,
// rename, fsync the folder). A file that no longer reads as a template is
// skipped with a message, never fatal.
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { templateSchema, type SessionTemplate } from '../../shared/facilitation/templates';
import { syncDirectory, TEMP_MARKER, writeFileAtomic } from './store/durable-fs';

export const TEMPLATES_FOLDER = 'templates';
/** Far above the largest valid template (40 steps of 500-character prompts), far below anything that would hurt. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;
export const MAX_TEMPLATES = 200;

export type TemplateErrorCode = 'invalid' | 'too-large' | 'too-many' | 'not-found' | 'disk-full' | 'write-failed';

export class TemplateStoreError extends Error {
  constructor(readonly code: TemplateErrorCode, message: string) {
    super(message);
    this.name = 'TemplateStoreError';
  }
}

export interface TemplateList {
  readonly templates: SessionTemplate[];
  /** One plain-English line per file that was skipped, for the facilitator to see. */
  readonly skipped: string[];
}

const FILE = /^([a-z0-9-]{1,64})\.json$/;

/** The zod issues as one sentence a facilitator can act on. */
export function describeInvalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.slice(0, 3).map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Checks a template from outside (a request body, a file): the template, or a TemplateStoreError saying what is wrong. */
export function parseTemplate(value: unknown): SessionTemplate {
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success) throw new TemplateStoreError('invalid', `This is not a session template the app can use (${describeInvalid(parsed.error.issues)}).`);
  return parsed.data;
}

function writeError(error: unknown, title: string): TemplateStoreError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new TemplateStoreError('disk-full', `The host's disk is full, so the template “${title}” was not saved. Free some space and save it again.`);
  }
  return new TemplateStoreError('write-failed', `The host could not save the template “${title}” (${(error as Error).message}).`);
}

export class TemplateStore {
  readonly dir: string;
  // One write at a time: two saves of one template never race for its temp file.
  private queue: Promise<unknown> = Promise.resolve();

  private readonly write: (path: string, data: Uint8Array) => Promise<void>;

  /** `options.write` is for tests that need a failing disk; the host always uses writeFileAtomic. */
  constructor(dataDir: string, options: { write?: (path: string, data: Uint8Array) => Promise<void> } = {}) {
    this.dir = join(dataDir, TEMPLATES_FOLDER);
    this.write = options.write ?? writeFileAtomic;
  }

  private fileFor(id: string): string {
    if (!/^[a-z0-9-]{1,64}$/.test(id)) throw new TemplateStoreError('not-found', 'No saved template has that id.');
    return join(this.dir, `${id}.json`);
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Every saved template, by title; unreadable files are listed in `skipped`, not thrown. */
  async list(): Promise<TemplateList> {
    const templates: SessionTemplate[] = [];
    const skipped: string[] = [];
    for (const name of (await this.names()).sort()) {
      if (name.includes(TEMP_MARKER)) continue; // a save cut short by a crash: the old file, if any, is intact
      const match = FILE.exec(name);
      if (!match) continue;
      try {
        const template = await this.readFile(join(this.dir, name));
        if (template.id !== match[1]) throw new TemplateStoreError('invalid', `it says its id is “${template.id}”`);
        templates.push(template);
      } catch (error) {
        skipped.push(`The saved template file ${name} was skipped: ${(error as Error).message}`);
      }
    }
    templates.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
    return { templates, skipped };
  }

  async get(id: string): Promise<SessionTemplate> {
    try {
      return await this.readFile(this.fileFor(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TemplateStoreError('not-found', 'No saved template has that id.');
      throw error;
    }
  }

  private async readFile(path: string): Promise<SessionTemplate> {
    const info = await stat(path);
    if (info.size > MAX_TEMPLATE_BYTES) throw new TemplateStoreError('too-large', `it is ${info.size} bytes, more than a template can be`);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) throw error;
      throw new TemplateStoreError('invalid', 'it is not valid JSON');
    }
    return parseTemplate(value);
  }

  /** Saves (or replaces) a template; checked first, so a bad one never reaches the disk. */
  async save(value: unknown): Promise<SessionTemplate> {
    const template = parseTemplate(value);
    const data = new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`);
    if (data.byteLength > MAX_TEMPLATE_BYTES) throw new TemplateStoreError('too-large', `The template is too large to save (more than ${MAX_TEMPLATE_BYTES / 1024} KB).`);
    return this.serial(async () => {
      const path = this.fileFor(template.id);
      try {
        const existing = (await this.names()).filter((n) => FILE.test(n));
        if (existing.length >= MAX_TEMPLATES && !existing.includes(`${template.id}.json`)) {
          throw new TemplateStoreError('too-many', `The host already keeps ${MAX_TEMPLATES} saved templates. Delete some before saving more.`);
        }
        await mkdir(this.dir, { recursive: true });
        await this.write(path, data);
      } catch (error) {
        throw error instanceof TemplateStoreError ? error : writeError(error, template.title);
      }
      return template;
    });
  }

  /** Deletes a saved template; built-in templates are not files and cannot be deleted. */
  async delete(id: string): Promise<void> {
    return this.serial(async () => {
      try {
        await unlink(this.fileFor(id));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TemplateStoreError('not-found', 'No saved template has that id.');
        throw error;
      }
      await syncDirectory(this.dir);
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
