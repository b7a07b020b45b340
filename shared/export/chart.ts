// The vote chart: one horizontal bar per item, longest first. As SVG (with its
// labels) for the print view and for the renderer to rasterise, and as a plain
// PNG of the bars alone when no canvas is at hand. The numbers are always in
// the table beside it and in its alt text.
import type { Chart } from './model-types.js';
import { encodePng, fillRect, rasterOf } from './png.js';

export const CHART_WIDTH = 640;
const ROW = 32;
const TOP = 12;
const LABEL_WIDTH = 300;
const BAR_COLOUR = '#1D70B8';
const BAR_RGB = [0x1d, 0x70, 0xb8] as const;

export function chartHeight(chart: Chart): number {
  return TOP * 2 + Math.max(1, chart.bars.length) * ROW;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as a standalone SVG document, labelled, with its title and description for screen readers. */
export function chartSvg(chart: Chart): string {
  const height = chartHeight(chart);
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const span = CHART_WIDTH - LABEL_WIDTH - 60;
  const rows = chart.bars.map((bar, i) => {
    const y = TOP + i * ROW;
    const w = Math.round((bar.value / max) * span);
    return `<text x="${LABEL_WIDTH - 8}" y="${y + 21}" text-anchor="end" font-size="14">${escapeXml(bar.label)}</text>`
      + `<rect x="${LABEL_WIDTH}" y="${y + 6}" width="${w}" height="${ROW - 10}" fill="${BAR_COLOUR}"/>`
      + `<text x="${LABEL_WIDTH + w + 6}" y="${y + 21}" font-size="14">${bar.value}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img">`
    + `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.alt)}</desc>`
    + `<rect width="100%" height="100%" fill="#ffffff"/><g font-family="Arial, Helvetica, sans-serif" fill="#0b0c0c">${rows.join('')}</g></svg>`;
}

/** The bars alone as a PNG, in ballot-rank order (labels are left to the table above it and the alt text). */
export function chartPng(chart: Chart): Uint8Array {
  const height = chartHeight(chart);
  const raster = rasterOf(CHART_WIDTH, height, [255, 255, 255]);
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const left = 20;
  const span = CHART_WIDTH - left * 2;
  chart.bars.forEach((bar, i) => {
    fillRect(raster, left, TOP + i * ROW + 6, Math.round((bar.value / max) * span), ROW - 10, BAR_RGB);
  });
  fillRect(raster, left - 1, TOP, 1, height - 2 * TOP, [0x0b, 0x0c, 0x0c]);
  return encodePng(raster);
}
