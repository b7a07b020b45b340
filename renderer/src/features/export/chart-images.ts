import { chartHeight, chartSvg, CHART_WIDTH } from '../../../../shared/export/chart';
import type { Chart, ExportModel } from '../../../../shared/export/model';

// Draws each vote chart (SVG, with its labels) onto a canvas to give Word a
// PNG. If the browser cannot (no canvas), Word gets the plain bars instead.

const SCALE = 2; // sharp when printed

async function pngOf(chart: Chart): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([chartSvg(chart)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = CHART_WIDTH * SCALE;
    canvas.height = chartHeight(chart) * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function chartImages(model: ExportModel): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const part of model.parts) {
    for (const block of part.blocks) {
      if (block.kind !== 'chart') continue;
      try {
        out.set(block.chart.id, await pngOf(block.chart));
      } catch {
        // Word falls back to the plain bars; the table and alt text carry the numbers.
      }
    }
  }
  return out;
}
