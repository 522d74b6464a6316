/**
 * exceljs is loaded on demand so it stays out of the pane's first-load JavaScript: only building or importing a
 * file pays for it. The package is CommonJS, so the module arrives as `default` in some bundlers and as the
 * namespace itself in others.
 */
export type ExcelJs = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}
