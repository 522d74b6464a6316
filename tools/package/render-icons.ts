/**
 * Re-renders the committed icon PNGs in assets/ from their SVG sources. Run it only after
 * changing an SVG: `npx tsx tools/package/render-icons.ts` (needs `rsvg-convert`, Debian package
 * librsvg2-bin). The package build never runs this; it uses the committed PNGs, so a clean
 * machine needs nothing beyond `npm ci`.
 *
 * Every PNG is decoded and written again by our own encoder: no metadata, reproducible bytes,
 * and the Teams outline icon forced to pure white (only its alpha varies).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { decodePng, encodePng, type RgbaImage } from './png';

export const ASSETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets');

export interface IconTarget {
  readonly file: string;
  readonly source: string;
  readonly size: number;
  readonly whiteOnly?: boolean;
}

/** Which PNG comes from which SVG, at what size. */
export const ICON_TARGETS: readonly IconTarget[] = [
  { file: 'color.png', source: 'waypoint-color.svg', size: 192 },
  { file: 'outline.png', source: 'waypoint-outline.svg', size: 32, whiteOnly: true },
  { file: 'icon-16.png', source: 'waypoint-tile-16.svg', size: 16 },
  { file: 'icon-32.png', source: 'waypoint-tile.svg', size: 32 },
  { file: 'icon-64.png', source: 'waypoint-tile.svg', size: 64 },
  { file: 'icon-80.png', source: 'waypoint-tile.svg', size: 80 },
];

function whiten(image: RgbaImage): RgbaImage {
  const pixels = new Uint8Array(image.pixels);
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] === 0) pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    else pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
  }
  return { ...image, pixels };
}

export function renderIcons(assetsDir = ASSETS_DIR): string[] {
  const written: string[] = [];
  for (const target of ICON_TARGETS) {
    const svg = readFileSync(join(assetsDir, target.source));
    const rendered = execFileSync('rsvg-convert', ['--width', String(target.size), '--height', String(target.size), '--format', 'png'], {
      input: svg,
      maxBuffer: 16 * 1024 * 1024,
    });
    let image = decodePng(rendered);
    if (target.whiteOnly) image = whiten(image);
    writeFileSync(join(assetsDir, target.file), encodePng(image));
    written.push(target.file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Rendered ${renderIcons().join(', ')} in ${ASSETS_DIR}`);
}
