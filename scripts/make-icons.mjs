#!/usr/bin/env node
// Writes the add-in's icons (assets/icon-<size>.png) without any image library: a blue rounded
// square with a white "E" (Etykieta), drawn per pixel and encoded as PNG with zlib. The unified
// manifest's two icons too: color-192.png (the same, 192 px) and outline-32.png (the white "E"
// alone on transparency, as Microsoft asks of an outline icon).
// Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const UNIFIED = [
  { file: 'color-192.png', size: 192, outline: false },
  { file: 'outline-32.png', size: 32, outline: true },
];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of one pixel, sampled at the pixel centre in a 0..1 square; `outline`: the "E" alone. */
function pixel(x, y, outline = false) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
  // The "E": a stem and three bars.
  const inStem = x >= 0.3 && x < 0.44 && y >= 0.22 && y < 0.78;
  const bar = (top) => x >= 0.3 && x < 0.72 && y >= top && y < top + 0.12;
  const white = inStem || bar(0.22) || (x < 0.64 && bar(0.44)) || bar(0.66);
  if (outline) return white ? [...WHITE, 255] : [0, 0, 0, 0];
  return [...(white ? WHITE : BLUE), 255];
}

function png(size, outline = false) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixel((x + 0.5) / size, (y + 0.5) / size, outline);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(new URL('../assets/', import.meta.url), { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
  console.log(`assets/icon-${size}.png`);
}
for (const { file, size, outline } of UNIFIED) {
  writeFileSync(new URL(`../assets/${file}`, import.meta.url), png(size, outline));
  console.log(`assets/${file}`);
}
