import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type ImportContext, type ImportKind, type ImportPreview, type ImportTable, previewImport } from '../../domain/impact';

const useStyles = makeStyles({
  rejected: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type Preview = ImportPreview<unknown> & { readonly file: string };

/** The preview, whichever kind: it is shown and imported the same way for every kind. */
export function previewOf(kind: ImportKind, table: ImportTable, ctx: ImportContext): ImportPreview<unknown> {
  switch (kind) {
    case 'destinations':
      return previewImport('destinations', table, ctx);
    case 'perception':
      return previewImport('perception', table, ctx);
    case 'voice':
      return previewImport('voice', table, ctx);
    case 'neet-risk':
      return previewImport('neet-risk', table, ctx);
  }
}

export const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The preview of a file: refused whole, or how many rows were read and why each rejected row was. */
export function PreviewReport(props: { preview: Preview }): ReactNode {
  const styles = useStyles();
  const { preview } = props;
  if (preview.refused) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>“{preview.file}” was not imported.</MessageBarTitle>
          {preview.refused}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label="Import preview">
      <Body1 as="p">
        “{preview.file}”: {plural(preview.accepted.length, 'row is', 'rows are')} ready to import
        {preview.rejected.length ? `; ${plural(preview.rejected.length, 'row has', 'rows have')} problems and will be left out` : ''}.
        {preview.ignoredColumns.length ? ` Columns not read: ${preview.ignoredColumns.join(', ')}.` : ''}
      </Body1>
      {preview.rejected.length ? (
        <ul className={styles.rejected} aria-label="Rows with problems">
          {preview.rejected.map((r) => (
            <li key={r.row}>
              Row {r.row}: {r.messages.map((m) => (m.column ? `${m.column}: ${m.message}` : m.message)).join(' ')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
