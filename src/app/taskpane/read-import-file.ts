import type { ReadImportFile } from '../../ui/taskpane/import/read-file';

/** A chosen file through src/import's decoder, loaded when the first file is chosen. */
export const readImportFile: ReadImportFile = async (file) => {
  const { decodeImportFile } = await import('../../import/decode-file');
  return decodeImportFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
};
