import type { ExcelRun } from '../excel/office-workbook-gateway';
import { NotSupportedError } from '../host-types';

/** The pane's host, found once at start-up. */
export type OfficeHost =
  /** Inside Excel with every API the pane needs. */
  | { readonly kind: 'excel'; readonly run: ExcelRun; readonly multiAreaSelect: boolean }
  /** A plain browser: Office.js absent, or loaded outside Office. */
  | { readonly kind: 'none' }
  /** Inside Office, but not Excel or an Excel too old for the pane. */
  | { readonly kind: 'unsupported'; readonly error: NotSupportedError };

/** Data validation (drop-downs) needs ExcelApi 1.8; worksheet change events 1.7. */
const REQUIRED_EXCEL_API = '1.8';
/** Selecting several areas at once (RangeAreas.select). */
const MULTI_AREA_SELECT_API = '1.18';

/**
 * The four-step ladder: Office initialised (onReady), the right host (Excel), the capability there (requirement
 * set), then the pane may call. Outside Office it resolves at once: without office.js there is no `Office` global,
 * and with it Office.onReady resolves with a null host.
 */
export async function detectOfficeHost(): Promise<OfficeHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { kind: 'none' };
  const info = await Office.onReady();
  if (!info.host) return { kind: 'none' };
  if (info.host !== Office.HostType.Excel) {
    return { kind: 'unsupported', error: new NotSupportedError('The provision map pane outside Excel') };
  }
  if (!Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
    return {
      kind: 'unsupported',
      error: new NotSupportedError('In this version of Excel, the pane (it needs the drop-downs of Microsoft 365 Excel or Excel on the web)'),
    };
  }
  return {
    kind: 'excel',
    run: (batch) => Excel.run(batch),
    multiAreaSelect: Office.context.requirements.isSetSupported('ExcelApi', MULTI_AREA_SELECT_API),
  };
}
