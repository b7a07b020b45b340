// Types for check-layers.mjs, so TypeScript tests can call it.
export interface LayerViolation {
  /** Path relative to the checked root, with / separators. */
  readonly file: string;
  readonly line: number;
  /** e.g. `shared/ must not import "node:fs" (Node built-in)` */
  readonly message: string;
}

export interface Token {
  readonly type: 'id' | 'punct' | 'str' | 'tmpl' | 'num' | 'regex';
  readonly value: string;
  readonly line: number;
}

export declare const SOURCE_ROOTS: readonly string[];
export declare const DOM_GLOBALS: ReadonlySet<string>;
export declare function tokenize(src: string): { tokens: Token[]; references: { types: string; line: number }[] };
export declare function findSpecifiers(src: string): { specifier: string; line: number }[];
export declare function findDomGlobals(src: string): { name: string; line: number }[];
export declare function layerOf(rel: string): { id: string; prefix: string; label: string } | null;
export declare function checkSource(rel: string, src: string): LayerViolation[];
export declare function checkLayers(rootDir: string): LayerViolation[];
export declare function formatViolation(v: LayerViolation): string;
