#!/usr/bin/env node
// Generates assets/icon-{16,32,64,80,128}.png: a green rounded square with a white "FO".
// Node built-ins only (zlib for deflate), so the icons can be rebuilt anywhere without an image
// toolchain. Output is deterministic: re-running must not produce a git diff.
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4; // per axis; cheap anti-aliasing, which matters at 16 px
const BACKGROUND = [0x10, 0x7c, 0x41]; // Excel green, so the ribbon button reads as "belongs to Excel"
const FOREGROUND = [0xff, 0xff, 0xff];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "assets");

/** Coverage of the shapes at a point in the unit square: 0 = transparent, 1 = background, 2 = glyph. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 0.02, 0.2)) return 0;
  return insideGlyph(x, y) ? 2 : 1;
}

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
}

function insideRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function insideEllipse(x, y, cx, cy, rx, ry) {
  const dx = (x - cx) / rx;
  const dy = (y - cy) / ry;
  return dx * dx + dy * dy <= 1;
}

function insideGlyph(x, y) {
  const stroke = 0.11;
  // "F": stem plus two arms.
  const f =
    insideRect(x, y, 0.15, 0.25, 0.15 + stroke, 0.75) ||
    insideRect(x, y, 0.15, 0.25, 0.47, 0.25 + stroke) ||
    insideRect(x, y, 0.15, 0.45, 0.42, 0.45 + stroke);
  // "O": an elliptical ring.
  const cx = 0.68;
  const cy = 0.5;
  const o =
    insideEllipse(x, y, cx, cy, 0.19, 0.26) && !insideEllipse(x, y, cx, cy, 0.19 - stroke, 0.26 - stroke);
  return f || o;
}

function renderRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (s === 1) bg++;
          else if (s === 2) fg++;
        }
      }
      const covered = bg + fg;
      const i = (py * size + px) * 4;
      if (covered === 0) continue; // stays fully transparent
      // Un-premultiplied colour: mix foreground over background by their share of the covered samples.
      const t = fg / covered;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BACKGROUND[c] * (1 - t) + FOREGROUND[c] * t);
      rgba[i + 3] = Math.round((255 * covered) / n);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter "None" per scanline: simple, and deflate copes well enough
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`wrote ${path.relative(root, file)}`);
}
