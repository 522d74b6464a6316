import { decodeCsv } from './decode-csv';
import { type Decoded, refused } from './decoded';
import { decodeXlsx } from './decode-xlsx';
import { MAX_FILE_BYTES, tooLargeMessage } from './limits';

/** A file a person chose: its name and size are known before a byte is read (a browser File, or a path on disk). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * The file's rows, by its kind: .csv (or .txt) as CSV, .xlsx as a workbook. A file over the size limit is refused
 * before it is read; so is a kind Waypoint cannot read, with what to do instead.
 */
export async function decodeImportFile(file: ImportFile): Promise<Decoded> {
  if (file.size > MAX_FILE_BYTES) return refused(tooLargeMessage(file.size));
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xls') {
    return refused('This is an older Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then import that.');
  }
  if (!['csv', 'txt', 'xlsx', 'xlsm'].includes(extension)) {
    return refused(`Waypoint imports Excel workbooks (.xlsx) and CSV files (.csv); “${file.name}” is neither. Save the map from Excel as one of them.`);
  }
  const bytes = await file.bytes();
  if (bytes.length > MAX_FILE_BYTES) return refused(tooLargeMessage(bytes.length));
  if (bytes.length === 0) return refused(`“${file.name}” is empty. Save the map into it and try again.`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === 'xlsx' || extension === 'xlsm' || isZip) return decodeXlsx(bytes);
  return decodeCsv(bytes);
}
