#!/usr/bin/env node
// Layer check: the folder a file lives in decides what it may import.
// `node scripts/check-layers.mjs [rootDir]` prints one line per violation
// and exits 1 when there is any.
// Plain Node, no dependencies: a small tokenizer finds import specifiers and
// identifiers outside comments and strings (TypeScript's JS API is not
// available: typescript 7 is the native compiler).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Folders that hold layered source, relative to the repository root. */
export const SOURCE_ROOTS = ['shared', 'renderer', 'electron/main', 'electron/preload', 'electron/host'];

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'coverage']);
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
// Unit tests run under vitest in Node, not in their layer's runtime, and the
// layer tsconfigs exclude them too; like test/, they may import anything.
const TEST_FILE = /\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$/;

const LAYERS = [
  { id: 'preload', prefix: 'electron/preload/', label: 'electron/preload/' },
  { id: 'main', prefix: 'electron/main/', label: 'electron/main/' },
  { id: 'host', prefix: 'electron/host/', label: 'electron/host/' },
  { id: 'shared', prefix: 'shared/', label: 'shared/' },
  { id: 'renderer', prefix: 'renderer/', label: 'renderer/' },
];

/** Layers each layer must not reach into with a relative import. */
const FORBIDDEN_TARGETS = {
  shared: ['renderer', 'main', 'preload', 'host'],
  renderer: ['main', 'preload', 'host'],
  main: ['renderer', 'preload'],
  host: ['main', 'preload', 'renderer'],
  preload: [],
};

const NO_ELECTRON = new Set(['shared', 'renderer', 'host']);
const NO_NODE = new Set(['shared', 'renderer']);

/** Browser-only globals that shared/ must not touch (it also runs in Node). */
export const DOM_GLOBALS = new Set([
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB',
  'location', 'customElements', 'getComputedStyle', 'requestAnimationFrame',
  'cancelAnimationFrame', 'matchMedia', 'DOMParser', 'XMLSerializer', 'FileReader',
  'MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'Element', 'HTMLElement',
  'SVGElement', 'KeyboardEvent', 'MouseEvent', 'PointerEvent', 'DragEvent', 'FocusEvent',
]);
const DOM_PATTERN = /^(?:HTML|SVG)\w*Element$/;

const REGEX_AFTER_KEYWORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);
const STRING_AFTER_KEYWORD = new Set([...REGEX_AFTER_KEYWORD, 'from', 'import', 'export']);
const DECLARERS = new Set(['const', 'let', 'var', 'function', 'class', 'interface', 'type', 'enum', 'namespace']);
const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'with', 'return', 'typeof', 'await']);

/**
 * Splits source into tokens, each with its line: identifiers, punctuation,
 * strings (and templates without substitutions), template pieces, numbers and
 * regex literals (their text dropped). Comments are skipped, apart from
 * `/// <reference types>` directives. Strings end at a newline, so stray
 * quotes in JSX text spoil at most the rest of their line.
 * @param {string} src
 */
export function tokenize(src) {
  /** @type {{ type: 'id' | 'punct' | 'str' | 'tmpl' | 'num' | 'regex', value: string, line: number }[]} */
  const tokens = [];
  /** @type {{ types: string, line: number }[]} */
  const references = [];
  /** @type {('brace' | 'template')[]} */
  const braces = [];
  let i = 0;
  let line = 1;
  const n = src.length;

  const last = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const t = last();
    if (!t) return true;
    if (t.type === 'id') return REGEX_AFTER_KEYWORD.has(t.value);
    if (t.type === 'punct') return !(t.value === ')' || t.value === ']' || t.value === '}');
    return false;
  };

  // Scans a template literal body from i (just after ` or after the } that
  // closes a ${} substitution). A template with no substitution is as good
  // as a string; the pieces of one with substitutions are not.
  const scanTemplate = (continued) => {
    const startLine = line;
    let value = '';
    while (i < n) {
      const c = src[i];
      if (c === '\\') { value += src[i + 1] ?? ''; if (src[i + 1] === '\n') line++; i += 2; continue; }
      if (c === '`') { i++; tokens.push({ type: continued ? 'tmpl' : 'str', value, line: startLine }); return; }
      if (c === '$' && src[i + 1] === '{') { i += 2; tokens.push({ type: 'tmpl', value, line: startLine }); braces.push('template'); return; }
      if (c === '\n') line++;
      value += c;
      i++;
    }
    tokens.push({ type: continued ? 'tmpl' : 'str', value, line: startLine });
  };

  while (i < n) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\uFEFF') { i++; continue; }

    if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      const text = src.slice(i, end === -1 ? n : end);
      const ref = /^\/\/\/\s*<reference\s+types\s*=\s*["']([^"']+)["']/.exec(text);
      if (ref) references.push({ types: ref[1], line });
      i = end === -1 ? n : end;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    // A quote straight after a word is prose (JSX text such as Don't), never
    // code, unless the word is a keyword that may precede a string.
    const prevTok = last();
    if ((c === "'" || c === '"') && prevTok?.type === 'id' && prevTok.line === line &&
        /[\w$]/.test(src[i - 1] ?? '') && !STRING_AFTER_KEYWORD.has(prevTok.value)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const startLine = line;
      let value = '';
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') { value += src[i + 1] ?? ''; if (src[i + 1] === '\n') line++; i += 2; continue; }
        value += src[i];
        i++;
      }
      if (src[i] === c) i++;
      tokens.push({ type: 'str', value, line: startLine });
      continue;
    }
    if (c === '`') {
      i++;
      scanTemplate(false);
      continue;
    }
    if (c === '/' && regexAllowed()) {
      // A regex literal ends on its line; if it does not, it was a lone slash
      // (a JSX closing tag, say) and we carry on after it.
      let k = i + 1;
      let inClass = false;
      let closed = false;
      while (k < n && src[k] !== '\n') {
        const d = src[k];
        if (d === '\\') { k += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) { closed = true; break; }
        k++;
      }
      if (closed) {
        i = k + 1;
        while (i < n && /[a-z]/i.test(src[i])) i++;
        tokens.push({ type: 'regex', value: '', line });
        continue;
      }
      tokens.push({ type: 'punct', value: '/', line });
      i++;
      continue;
    }
    if (/[A-Za-z_$#\u0080-\uFFFF]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w$\u0080-\uFFFF]/.test(src[k])) k++;
      tokens.push({ type: 'id', value: src.slice(i, k), line });
      i = k;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let k = i + 1;
      while (k < n && /[\w.]/.test(src[k])) k++;
      tokens.push({ type: 'num', value: src.slice(i, k), line });
      i = k;
      continue;
    }
    if (c === '{') { braces.push('brace'); tokens.push({ type: 'punct', value: c, line }); i++; continue; }
    if (c === '}') {
      if (braces.pop() === 'template') { i++; scanTemplate(true); continue; }
      tokens.push({ type: 'punct', value: c, line });
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '=>' || (two === '?.' && !/[0-9]/.test(src[i + 2] ?? ''))) {
      tokens.push({ type: 'punct', value: two, line });
      i += 2;
      continue;
    }
    tokens.push({ type: 'punct', value: c, line });
    i++;
  }

  return { tokens, references };
}

const isPunct = (t, v) => t !== undefined && t.type === 'punct' && t.value === v;
const isId = (t, v) => t !== undefined && t.type === 'id' && (v === undefined || t.value === v);

/**
 * Every module specifier the source names: static imports and re-exports,
 * side-effect imports, dynamic import() and require() with a literal.
 * @param {string} src
 * @returns {{ specifier: string, line: number }[]}
 */
export function findSpecifiers(src) {
  const { tokens } = tokenize(src);
  const found = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'id') continue;
    const prev = tokens[k - 1];
    if (isPunct(prev, '.') || isPunct(prev, '?.')) continue;
    const next = tokens[k + 1];
    if (t.value === 'from' && next?.type === 'str') {
      found.push({ specifier: next.value, line: next.line });
    } else if (t.value === 'import' && next?.type === 'str') {
      found.push({ specifier: next.value, line: next.line });
    } else if ((t.value === 'import' || t.value === 'require') && isPunct(next, '(')) {
      const arg = tokens[k + 2];
      const after = tokens[k + 3];
      if (arg?.type === 'str' && (isPunct(after, ')') || isPunct(after, ','))) {
        found.push({ specifier: arg.value, line: arg.line });
      }
    }
  }
  return found;
}

/** Finds the index of the bracket that closes the one at `open`. */
function matchingClose(tokens, open) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const opener = tokens[open].value;
  const closer = pairs[opener];
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'punct') continue;
    if (t.value === opener) depth++;
    else if (t.value === closer && --depth === 0) return k;
  }
  return tokens.length - 1;
}

/** Names bound by declarations, imports and parameters anywhere in the file. */
function declaredNames(tokens) {
  const names = new Set();
  const bindPattern = (start) => {
    const end = matchingClose(tokens, start);
    for (let m = start + 1; m < end; m++) {
      const t = tokens[m];
      const after = tokens[m + 1];
      if (t.type === 'id' && (isPunct(after, ',') || isPunct(after, '}') || isPunct(after, ']') || isPunct(after, '='))) {
        names.add(t.value);
      }
    }
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (isId(t) && DECLARERS.has(t.value)) {
      if (isId(next)) names.add(next.value);
      else if (isPunct(next, '{') || isPunct(next, '[')) bindPattern(k + 1);
    } else if (isId(t, 'import')) {
      for (let m = k + 1; m < tokens.length && !isId(tokens[m], 'from') && !isPunct(tokens[m], ';'); m++) {
        if (isId(tokens[m])) names.add(tokens[m].value);
      }
    } else if (isId(t) && isPunct(next, '=>')) {
      names.add(t.value); // x => ...
    } else if (isPunct(t, '(')) {
      const close = matchingClose(tokens, k);
      const after = tokens[close + 1];
      const before = tokens[k - 1];
      const beforeThat = tokens[k - 2];
      const isParams =
        isPunct(after, '=>') ||
        isId(before, 'function') ||
        isId(before, 'catch') ||
        (isId(before) && isId(beforeThat, 'function')) ||
        (isId(before) && !CONTROL_KEYWORDS.has(before.value) && (isPunct(after, '{') || isPunct(after, ':')));
      if (!isParams) continue;
      for (let m = k + 1; m < close; m++) {
        const p = tokens[m];
        const pPrev = tokens[m - 1];
        const pNext = tokens[m + 1];
        if (p.type !== 'id') continue;
        const atParamStart = isPunct(pPrev, '(') && m - 1 === k || isPunct(pPrev, ',') || isPunct(pPrev, '...');
        if (atParamStart && (isPunct(pNext, ',') || isPunct(pNext, ')') || isPunct(pNext, '=') || isPunct(pNext, ':') || isPunct(pNext, '?'))) {
          names.add(p.value);
        }
      }
    }
  }
  return names;
}

/**
 * DOM globals the source uses: identifiers outside comments and strings that
 * are not a property access, an object key or a locally bound name.
 * @param {string} src
 * @returns {{ name: string, line: number }[]}
 */
export function findDomGlobals(src) {
  const { tokens } = tokenize(src);
  const local = declaredNames(tokens);
  const found = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'id' || !(DOM_GLOBALS.has(t.value) || DOM_PATTERN.test(t.value))) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const viaGlobalThis = (isPunct(prev, '.') || isPunct(prev, '?.')) && isId(tokens[k - 2], 'globalThis');
    if (!viaGlobalThis) {
      if (isPunct(prev, '.') || isPunct(prev, '?.')) continue;
      if (local.has(t.value)) continue;
      const keyPosition = prev === undefined || isPunct(prev, '{') || isPunct(prev, ',') || isPunct(prev, ';') || isPunct(prev, '(');
      if (keyPosition && (isPunct(next, ':') || (isPunct(next, '?') && isPunct(tokens[k + 2], ':')))) continue;
    }
    found.push({ name: t.value, line: t.line });
  }
  return found;
}

/** @param {string} rel a root-relative posix path */
export function layerOf(rel) {
  return LAYERS.find((l) => rel.startsWith(l.prefix)) ?? null;
}

const layerById = (id) => LAYERS.find((l) => l.id === id);

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

function isElectron(specifier) {
  return specifier === 'electron' || specifier.startsWith('electron/');
}

const toPosix = (p) => p.split(sep).join('/');

/**
 * The violations in one file's source.
 * @param {string} rel the file's path relative to the root, posix separators
 * @param {string} src its text
 * @returns {{ file: string, line: number, message: string }[]}
 */
export function checkSource(rel, src) {
  const layer = layerOf(rel);
  if (!layer) return [];
  const violations = [];
  const report = (line, message) => violations.push({ file: rel, line, message: `${layer.label} ${message}` });

  for (const { specifier, line } of findSpecifiers(src)) {
    const bare = specifier.split('?')[0];
    if (bare.startsWith('.') || bare.startsWith('/')) {
      const target = posix.normalize(posix.join(posix.dirname(rel), bare));
      const outside = bare.startsWith('/') || target === '..' || target.startsWith('../');
      if (layer.id === 'preload') {
        if (outside || !(target === 'shared/ipc' || target.startsWith('shared/ipc/'))) {
          report(line, `must not import "${specifier}" (preload may import only "electron" and shared/ipc/)`);
        }
        continue;
      }
      if (outside) {
        report(line, `must not import "${specifier}" (outside the project)`);
        continue;
      }
      const targetLayer = layerOf(`${target}/`) ?? layerOf(target);
      if (targetLayer && FORBIDDEN_TARGETS[layer.id].includes(targetLayer.id)) {
        report(line, `must not import "${specifier}" (${layerById(targetLayer.id).label} layer)`);
      }
      continue;
    }
    if (layer.id === 'preload') {
      if (bare !== 'electron') report(line, `must not import "${specifier}" (preload may import only "electron" and shared/ipc/)`);
      continue;
    }
    if (isElectron(bare) && NO_ELECTRON.has(layer.id)) {
      report(line, `must not import "${specifier}" (Electron)`);
    } else if (isBuiltin(bare) && NO_NODE.has(layer.id)) {
      report(line, `must not import "${specifier}" (Node built-in)`);
    }
  }

  if (NO_NODE.has(layer.id)) {
    for (const { types, line } of tokenize(src).references) {
      if (types === 'node' || isBuiltin(types)) report(line, `must not reference types "${types}" (Node built-in)`);
    }
  }

  if (layer.id === 'shared') {
    for (const { name, line } of findDomGlobals(src)) report(line, `must not use the DOM global "${name}"`);
  }
  return violations;
}

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if (err && err.code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(full);
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) {
      yield full;
    }
  }
}

/**
 * Checks every layered source file under rootDir.
 * @param {string} rootDir the repository root
 * @returns {{ file: string, line: number, message: string }[]}
 */
export function checkLayers(rootDir) {
  const violations = [];
  for (const sourceRoot of SOURCE_ROOTS) {
    for (const file of walk(join(rootDir, sourceRoot))) {
      const rel = toPosix(relative(rootDir, file));
      violations.push(...checkSource(rel, readFileSync(file, 'utf8')));
    }
  }
  return violations;
}

/** @param {{ file: string, line: number, message: string }} v */
export function formatViolation(v) {
  return `${v.file}:${v.line}: ${v.message}`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // The root defaults to this repository; tests pass a fixture tree.
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const violations = checkLayers(root);
  for (const v of violations) console.error(formatViolation(v));
  if (violations.length > 0) {
    console.error(`\n${violations.length} layer violation${violations.length === 1 ? '' : 's'}. See the layer table in the architecture notes.`);
    process.exit(1);
  }
  console.log('Layer check passed.');
}
