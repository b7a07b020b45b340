#!/usr/bin/env node
// Draws the app icon and writes build/icon.png (512×512 RGBA), no dependencies:
// a calm dark teal rounded square with three light steps rising left to right,
// small changes adding up. electron-builder makes the .ico and .icns from it.
// Run: node scripts/make-icon.mjs [out.png]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZE = 512;
const TEAL = [0x1d, 0x5c, 0x63];
const MINT = [0xd9, 0xef, 0xe7];
const SAMPLES = 4; // per axis, for smooth edges

/** Signed distance from (x, y) to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, width, height, radius) {
  const cx = left + width / 2;
  const cy = top + height / 2;
  const qx = Math.abs(x - cx) - (width / 2 - radius);
  const qy = Math.abs(y - cy) - (height / 2 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

const BAR_WIDTH = 72;
const BAR_GAP = 32;
const BASELINE = 396; // centres the steps (tallest top 116, bottom 396)
const BARS = [136, 208, 280].map((height, i) => ({
  left: (SIZE - (3 * BAR_WIDTH + 2 * BAR_GAP)) / 2 + i * (BAR_WIDTH + BAR_GAP),
  top: BASELINE - height,
  height,
}));

/** Colour and coverage of one sample point. */
function sample(x, y) {
  if (roundedRect(x, y, 32, 32, SIZE - 64, SIZE - 64, 104) > 0) return null;
  const onBar = BARS.some((b) => roundedRect(x, y, b.left, b.top, BAR_WIDTH, b.height, 22) <= 0);
  return onBar ? MINT : TEAL;
}

/** Raw RGBA pixels, row by row. */
export function drawIcon() {
  const pixels = new Uint8Array(SIZE * SIZE * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = (py * SIZE + px) * 4;
      if (covered > 0) {
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Scanlines with filter type 0 (none) before each row, as PNG wants. */
export function scanlines(pixels, width = SIZE, height = SIZE) {
  const stride = width * 4;
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = 0;
    out.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return out;
}

/** A PNG file (8-bit RGBA, not interlaced) holding the given pixels. */
export function encodePng(pixels, width = SIZE, height = SIZE) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines(pixels, width, height), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const out = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, encodePng(drawIcon()));
  console.log(`Wrote ${out}`);
}
