import JSZip from 'jszip';

/** A worksheet of an .xlsx file: its name, its XML part, whether it is shown. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly visible: boolean;
}

/** An opened .xlsx package: its sheets in the workbook's order, and how its dates count (1904 on older Macs). */
export interface XlsxPackage {
  readonly zip: JSZip;
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
}

/** The package, or undefined when the bytes are not a workbook (damaged, cut short, another kind of zip). */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxPackage | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return undefined;
  }
  const workbook = await partText(zip, 'xl/workbook.xml');
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) return undefined;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetPart[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    // The relationship id is r:id, whatever prefix the file gives the relationships namespace.
    const id = /\s\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    const state = attribute(m[0], 'state');
    if (path) sheets.push({ name: xmlText(attribute(m[0], 'name') ?? ''), path, visible: state === undefined || state === 'visible' });
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  return { zip, sheets, date1904 };
}

/** A part's XML as text; undefined when the part is absent or cannot be inflated. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  try {
    return await zip.file(path)?.async('string');
  } catch {
    return undefined;
  }
}

/** An attribute's raw value in a start tag. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  return pattern.exec(tag)?.[1];
}
// A sheet has tens of thousands of cells, each asked for the same few attributes.
const attributePatterns = new Map<string, RegExp>();

/** XML character data as text: entities, and the _xHHHH_ escapes Office uses for control characters (line breaks). */
export function xmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('_x')) return raw;
  return raw
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(?:#(\d+)|#x([0-9A-Fa-f]+)|(lt|gt|quot|apos|amp));/g, (_, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : named[name!]!,
    );
}
const named: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
