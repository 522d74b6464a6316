/**
 * "Save as image" for the snapshot, without a library: the snapshot's markup and the page's styles go into an
 * SVG foreignObject, which is drawn onto a canvas and saved as PNG. Loaded only when someone asks for it. If
 * the browser will not let a canvas export it, the SVG itself is saved instead (it opens in any browser).
 */
const SKIP = '[data-export="skip"]';

function pageCss(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; ours are all inline.
    }
  }
  return rules.join('\n');
}

/** The snapshot as a standalone SVG document, styled exactly as on screen. */
export function snapshotSvg(node: HTMLElement): { svg: string; width: number; height: number } {
  const width = Math.ceil(node.scrollWidth);
  const height = Math.ceil(node.scrollHeight);
  // Fluent's theme is CSS variables on the provider's element: carry its classes and background across.
  const provider = node.closest<HTMLElement>('.fui-FluentProvider');
  const wrapper = document.createElement('div');
  wrapper.className = provider?.className ?? '';
  wrapper.style.cssText = `width:${width}px;min-height:${height}px;padding:0;background:${
    provider ? getComputedStyle(provider).backgroundColor : '#fff'
  }`;
  const clone = node.cloneNode(true) as HTMLElement;
  for (const skip of Array.from(clone.querySelectorAll(SKIP))) skip.remove();
  for (const details of Array.from(clone.querySelectorAll('details'))) details.setAttribute('open', '');
  wrapper.appendChild(clone);
  const body = new XMLSerializer().serializeToString(wrapper);
  const css = pageCss().replace(/]]>/g, ']]&gt;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="100%" height="100%">` +
    `<div xmlns="http://www.w3.org/1999/xhtml"><style><![CDATA[${css}]]></style>${body}</div>` +
    `</foreignObject></svg>`;
  return { svg, width, height };
}

async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = Math.min(2, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the snapshot as `<baseName>.png` (or `.svg` where a canvas cannot be exported); returns the file name. */
export async function saveSnapshotImage(node: HTMLElement, baseName: string): Promise<string> {
  const { svg, width, height } = snapshotSvg(node);
  try {
    const png = await toPng(svg, width, height);
    download(png, `${baseName}.png`);
    return `${baseName}.png`;
  } catch {
    download(new Blob([svg], { type: 'image/svg+xml' }), `${baseName}.svg`);
    return `${baseName}.svg`;
  }
}
