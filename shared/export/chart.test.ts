import { describe, expect, it } from 'vitest';
import { chartPng, chartSvg } from './chart';
import type { Chart } from './model-types';

const chart: Chart = { id: 'chart-1', title: 'Dots <per> item', bars: [{ label: 'A & B', value: 3 }, { label: 'C', value: 0 }], alt: 'A and B, 3 dots; C, 0 dots.' };

describe('vote chart', () => {
  it('is a valid PNG with its size in the header and intact chunk checksums', () => {
    const png = chartPng(chart);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(640);
    expect(view.getUint32(20)).toBe(12 * 2 + 2 * 32);
    expect(new TextDecoder().decode(png.slice(-8, -4))).toBe('IEND');
  });

  it('as SVG, escapes labels and carries a title and description', () => {
    const svg = chartSvg(chart);
    expect(svg).toContain('<title>Dots &lt;per&gt; item</title>');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('<desc>A and B, 3 dots; C, 0 dots.</desc>');
  });
});
