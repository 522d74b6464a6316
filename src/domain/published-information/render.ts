import { formatDate } from '../validation/dates';
import type { PageBlock, PageLink, PublishedPage } from './types';

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Only https, http and mailto addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeLink(href: string): string | undefined {
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(href.trim()) ? href.trim() : undefined;
}

function link(l: PageLink): string {
  const href = safeLink(l.href);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(l.text)}</a>` : escapeHtml(`${l.text}: ${l.href}`);
}

function block(b: PageBlock): string {
  if (b.kind === 'list') return `<ul>\n${b.items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
  // A line break the school typed (a vision written as lines) stays a line break.
  return `<p>${escapeHtml(b.text).replace(/\r?\n/g, '<br>\n')}${b.link ? ` ${link(b.link)}` : ''}</p>`;
}

/**
 * The page as an HTML fragment to paste into the school's website: headings, paragraphs, lists and links only, no
 * scripts or styles, every piece of text escaped. A complete document is `htmlDocument(page)`.
 */
export function renderPublishedPageHtml(page: PublishedPage): string {
  const sections = page.sections.map((s) => `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`);
  return [
    `<article lang="en-GB">`,
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...sections,
    `<p><small>Prepared on ${escapeHtml(formatDate(page.generatedOn))}.</small></p>`,
    `</article>`,
  ].join('\n');
}

/** Plain, readable typography for the preview and the PDF; on the school's website its own styles apply. */
const DOCUMENT_STYLE =
  'body{font-family:"Segoe UI",Arial,sans-serif;line-height:1.5;color:#1b1b1b;margin:0 auto;padding:1.5em;max-width:42em}' +
  'h1{font-size:1.6em;margin:0 0 .5em}h2{font-size:1.2em;margin:1.2em 0 .3em;break-after:avoid}' +
  'li,p{break-inside:avoid}a{color:#0f4c81}@page{size:A4;margin:18mm}';

/** A standalone document around the fragment (for a preview or a PDF). */
export function htmlDocument(page: PublishedPage): string {
  return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(page.title)}</title>\n<style>${DOCUMENT_STYLE}</style>\n</head>\n<body>\n<main>\n${renderPublishedPageHtml(page)}\n</main>\n</body>\n</html>\n`;
}
