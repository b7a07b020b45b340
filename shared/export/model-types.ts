// The export model: the workshop as an ordered list of parts, each a heading
// and plain blocks. Every output (Word, PDF print view, Markdown) renders from
// this one model, so they cannot disagree about what the blueprint says.

/** A run of text with the formatting the blueprint's editor allows. */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A web or mail link the words point to. */
  readonly href?: string;
}

export interface ListItem {
  /** 0 for a top-level item, 1 for an item inside it, and so on. */
  readonly level: number;
  readonly inlines: readonly Inline[];
}

export interface Table {
  /** Says what the table holds; Word and the print view show it above the table. */
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** True when the first cell of each row names the row (a row header). */
  readonly rowHeaders: boolean;
}

export interface ChartBar {
  readonly label: string;
  readonly value: number;
}

/** A bar chart; its numbers are always in a table beside it too. */
export interface Chart {
  /** Stable within one export: names the chart's image. */
  readonly id: string;
  readonly title: string;
  readonly bars: readonly ChartBar[];
  /** Alternative text: the chart in words. */
  readonly alt: string;
}

export type Block =
  /** A heading inside a part: level 2 or 3 (level 1 is the part's own title). */
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'chart'; readonly chart: Chart }
  /** A line that says something is not there yet, shown quieter than prose. */
  | { readonly kind: 'note'; readonly text: string };

export interface ExportPart {
  /** Stable id, for anchors and the contents list. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** True for the appendices, which start on their own page. */
  readonly appendix: boolean;
}

export interface ExportCover {
  readonly title: string;
  readonly localAuthority: string;
  /** The workshop's date in words ("12 March 2025"), or '' when not set. */
  readonly date: string;
  /** "14 people took part" */
  readonly tookPart: string;
  /** Names only when the workshop chose to show them; otherwise null. */
  readonly names: readonly string[] | null;
}

export interface ExportModel {
  readonly cover: ExportCover;
  /** The document's language (BCP 47). */
  readonly language: 'en-GB';
  /** One entry per part, in order. */
  readonly contents: readonly { readonly id: string; readonly title: string }[];
  readonly parts: readonly ExportPart[];
}
