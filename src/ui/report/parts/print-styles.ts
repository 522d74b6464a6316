import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Printing the governors' report: A4 with margins, and none of the app around it. `:has` scopes the chrome rules
 * to a page showing the report, so other views print as their owners chose.
 */
export const useReportPrintStyles = makeStaticStyles(`
@page { size: A4; margin: 13mm 14mm 15mm; }
@media print {
  main:has([data-governors-report]) > header { display: none; }
  body:has([data-governors-report]) .fui-FluentProvider { background-color: transparent; min-height: 0; }
  /* Fluent's type ramp, a little smaller on paper: the board paper's body text is 9.5pt, its tables 8.5pt, no note below 8pt. */
  [data-governors-report] {
    font-size: 9.5pt;
    --fontSizeBase200: 8pt; --lineHeightBase200: 11pt;
    --fontSizeBase300: 9.5pt; --lineHeightBase300: 13pt;
    --fontSizeBase400: 11pt; --lineHeightBase400: 15pt;
    --fontSizeBase500: 13pt; --lineHeightBase500: 17pt;
    --fontSizeBase600: 17pt; --lineHeightBase600: 22pt;
  }
  [data-governors-report] :is(td, th) { padding: 1.5pt 4pt; font-size: 8.5pt; line-height: 11.5pt; }
  /* A table may run over a page between rows (its header repeats), never inside one, and never right after its caption. */
  [data-governors-report] tr { break-inside: avoid; }
  [data-governors-report] :is(caption, thead) { break-after: avoid; }
  /* A caption is never split between two pages. */
  [data-governors-report] caption { break-inside: avoid; }
  /* Headings stay with what follows them; column headings wrap between words, never inside one. */
  [data-governors-report] :is(h2, h3) { break-after: avoid; }
  /* A short paragraph (a section's introduction) is not split between pages, nor left with one line on either. */
  [data-governors-report] p { orphans: 3; widows: 3; }
  /* A table's first or last row does not sit alone on a page; a message (the plan's overdue actions) stays whole. */
  [data-governors-report] tbody tr:last-child { break-before: avoid; }
  [data-governors-report] tbody tr:first-child { break-after: avoid; }
  [data-governors-report] .fui-MessageBar { break-inside: avoid; }
  [data-governors-report] thead th { overflow-wrap: normal; }
  /* The plan's RAG table: the priority's words get the width, the counts only what a number needs. */
  [data-governors-report] section[aria-labelledby="report-plan"] table col:nth-child(1) { width: 55% !important; }
  [data-governors-report] section[aria-labelledby="report-plan"] table col:nth-child(2) { width: 13% !important; }
  [data-governors-report] section[aria-labelledby="report-plan"] table col:is(:nth-child(3), :nth-child(4), :nth-child(5)) { width: 7% !important; }
  [data-governors-report] section[aria-labelledby="report-plan"] table col:nth-child(6) { width: 11% !important; }
  /* The statutory tables: the duty's words get the width a status does not need. */
  [data-governors-report] section[aria-labelledby="report-statutory"] table col:nth-child(1) { width: 27% !important; }
  [data-governors-report] section[aria-labelledby="report-statutory"] table col:nth-child(2) { width: 14% !important; }
  [data-governors-report] section[aria-labelledby="report-statutory"] table col:nth-child(3) { width: 27% !important; }
  [data-governors-report] section[aria-labelledby="report-statutory"] table col:nth-child(4) { width: 32% !important; }
  /* The policy statement's four contents, two by two. */
  [data-governors-report] ul[aria-label^="What the policy statement must include"] { display: grid; grid-template-columns: 1fr 1fr; gap: 3pt 6mm; }
  /* The destinations of leavers: each cohort's table beside the next, the NEET chart beside the last. */
  [data-governors-report] section[aria-labelledby="report-destinations"] { display: grid; grid-template-columns: 3fr 2fr; gap: 4pt 6mm; align-items: start; }
  [data-governors-report] section[aria-labelledby="report-destinations"] > :is(h2, p) { grid-column: 1 / -1; }
  [data-governors-report] section[aria-labelledby="report-destinations"] td { white-space: nowrap; }
  /* The maturity snapshot's columns hold single figures: the themes' names get the width. */
  [data-governors-report] section[aria-labelledby="report-maturity"] table:has(col:nth-child(6)) col:first-child { width: 36% !important; }
  [data-governors-report] section[aria-labelledby="report-maturity"] table:has(col:nth-child(6)) col:is(:nth-child(2), :nth-child(3), :nth-child(4), :nth-child(5)) { width: 10.5% !important; }
  [data-governors-report] section[aria-labelledby="report-maturity"] table:has(col:nth-child(6)) col:nth-child(6) { width: 22% !important; }
}
`);

/** A CSS string literal for any text: quotes, backslashes, line breaks and angle brackets escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The running header and the page numbers, in the page's margin boxes. Built per report (the school's name is in
 * it) and present only while the report is, as a `<style>` the report renders.
 */
export function pageMarginCss(header: string, date: string): string {
  const box = 'font-family: "Segoe UI", system-ui, sans-serif; font-size: 8pt; color: #444;';
  return `@page {
  @top-left { content: ${cssString(header)}; ${box} }
  @top-right { content: ${cssString(date)}; ${box} }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${box} }
}`;
}
