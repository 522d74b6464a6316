// The edge of an import: files decoded into rows for the pure reader (src/domain/import), and the one publish.
export * from './decode-csv';
export * from './decode-file';
export * from './decoded';
export * from './decode-xlsx';
export * from './limits';
export * from './publish';
