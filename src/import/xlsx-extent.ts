import JSZip from 'jszip';

/**
 * How far down each worksheet of an .xlsx file reaches, found by streaming the sheet's XML (never holding it whole)
 * and stopping as soon as the limit is passed: a stray cell in row 1,048,576 is refused in milliseconds, before
 * exceljs would build a million rows.
 */
/** A sheet reaching past the limit is named with the row found there. */
export type ExtentCheck = { readonly ok: true } | { readonly ok: false; readonly sheet: string; readonly row: number } | { readonly ok: false; readonly damaged: true };

export async function checkSheetExtents(bytes: Uint8Array, limit: number): Promise<ExtentCheck> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, damaged: true };
  }
  const names = await sheetNames(zip);
  if (!names) return { ok: false, damaged: true };
  for (const { name, path } of names) {
    const file = zip.file(path);
    if (!file) return { ok: false, damaged: true };
    const lastRow = await scanRows(file, limit);
    if (lastRow === undefined) return { ok: false, damaged: true };
    if (lastRow > limit) return { ok: false, sheet: name, row: lastRow };
  }
  return { ok: true };
}

/** Sheet names and their XML parts, from the workbook and its relationships. */
async function sheetNames(zip: JSZip): Promise<{ name: string; path: string }[] | undefined> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return undefined;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path) sheets.push({ name: unescapeXml(name), path });
  }
  return sheets;
}

/**
 * The sheet's last row: its <dimension> when that already says too far, else the highest <row r="…"> holding cells,
 * reading the XML as a stream and stopping once past `limit`. Undefined when the XML cannot be read.
 */
function scanRows(file: JSZip.JSZipObject, limit: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const decoder = new TextDecoder();
    let carry = '';
    let lastRow = 0;
    let done = false;
    const stream = (file as unknown as Streamable).internalStream('uint8array');
    const finish = (value: number | undefined): void => {
      if (done) return;
      done = true;
      stream.pause();
      resolve(value);
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        const text = carry + decoder.decode(chunk, { stream: true });
        const dimension = /<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(text);
        if (dimension && Number(dimension[1]) > limit) return finish(Number(dimension[1]));
        // A row that holds cells opens as <row …> (an empty, formatted row is <row …/>).
        for (const m of text.matchAll(/<row\b([^>]*?)(\/?)>/g)) {
          const r = Number(/\br="(\d+)"/.exec(m[1]!)?.[1] ?? lastRow + 1);
          if (m[2] === '/') continue;
          lastRow = Math.max(lastRow, r);
          if (lastRow > limit) return finish(lastRow);
        }
        // Keep the tail, in case a tag is cut between chunks.
        const open = text.lastIndexOf('<');
        carry = open >= 0 && text.indexOf('>', open) < 0 ? text.slice(open) : '';
      })
      .on('error', () => finish(undefined))
      .on('end', () => finish(lastRow))
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

const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
