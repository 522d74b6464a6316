import type JSZip from 'jszip';

import type { XlsxPackage } from './xlsx-parts';

/**
 * How far down each visible worksheet of an .xlsx file reaches. Each sheet's XML is inflated as a stream and the
 * check stops as soon as the limit is passed, so a stray cell in row 1,048,576 is refused in milliseconds. Within
 * the limit, the XML of each visible sheet by its path (inflated once, and kept for the reader); a sheet reaching
 * past the limit is named with the row found there.
 */
export type ExtentCheck =
  | { readonly ok: true; readonly xml: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly sheet: string; readonly row: number }
  | { readonly ok: false; readonly damaged: true };

export async function checkSheetExtents(xlsx: XlsxPackage, limit: number): Promise<ExtentCheck> {
  const xml = new Map<string, string>();
  for (const { name, path, visible } of xlsx.sheets) {
    const file = xlsx.zip.file(path);
    if (!file) return { ok: false, damaged: true };
    const scanned = await scanRows(file, limit, visible);
    if (scanned === undefined) return { ok: false, damaged: true };
    if (scanned.lastRow > limit) return { ok: false, sheet: name, row: scanned.lastRow };
    if (scanned.xml !== undefined) xml.set(path, scanned.xml);
  }
  return { ok: true, xml };
}

/**
 * The sheet's last row: its <dimension> when that already says too far, else the highest <row r="…"> holding cells,
 * reading the XML as a stream and stopping once past `limit`; with the whole XML when `keep` and within the limit.
 * Undefined when the XML cannot be read.
 */
function scanRows(file: JSZip.JSZipObject, limit: number, keep: boolean): Promise<{ lastRow: number; xml?: string } | undefined> {
  return new Promise((resolve) => {
    const decoder = new TextDecoder();
    const pieces: string[] = [];
    let carry = '';
    let lastRow = 0;
    let done = false;
    const stream = (file as unknown as Streamable).internalStream('uint8array');
    const finish = (value: { lastRow: number; xml?: string } | undefined): void => {
      if (done) return;
      done = true;
      stream.pause();
      resolve(value);
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        const piece = decoder.decode(chunk, { stream: true });
        if (keep) pieces.push(piece);
        const text = carry + piece;
        const dimension = /<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(text);
        if (dimension && Number(dimension[1]) > limit) return finish({ lastRow: Number(dimension[1]) });
        // A row that holds cells opens as <row …> (an empty, formatted row is <row …/>).
        for (const m of text.matchAll(/<(?:\w+:)?row\b([^>]*?)(\/?)>/g)) {
          const r = Number(/\br="(\d+)"/.exec(m[1]!)?.[1] ?? lastRow + 1);
          if (m[2] === '/') continue;
          lastRow = Math.max(lastRow, r);
          if (lastRow > limit) return finish({ lastRow });
        }
        // Keep the tail, in case a tag is cut between chunks.
        const open = text.lastIndexOf('<');
        carry = open >= 0 && text.indexOf('>', open) < 0 ? text.slice(open) : '';
      })
      .on('error', () => finish(undefined))
      .on('end', () => finish(keep ? { lastRow, xml: pieces.join('') + decoder.decode() } : { lastRow }))
      .resume();
  });
}

/** JSZip's documented StreamHelper (ZipObject#internalStream), which its type definitions leave out; works in browsers. */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: unknown) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}
interface Streamable {
  internalStream(type: 'uint8array'): StreamHelper;
}
