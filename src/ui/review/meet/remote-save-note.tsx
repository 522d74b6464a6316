import type { ReactNode } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { useVisuallyHidden } from '../../common/visually-hidden';
import type { RemoteChange } from '../data/review-state';
import { columnName, rowName } from '../parts/names';

/** Announces (to screen readers) a best fit someone else saved, as the live refresh brings it in. */
export function RemoteSaveNote(props: { model: MaturityModel; remote: RemoteChange | undefined }): ReactNode {
  const hidden = useVisuallyHidden().hidden;
  const { remote } = props;
  const remoteRow = remote && props.model.themes.flatMap((t) => t.rows).find((r) => r.id === remote.rowId);
  return (
    <div role="status" className={hidden}>
      {remote && remoteRow ? `Best fit for ${rowName(remoteRow)} saved by someone else: ${columnName(remote.column)}.` : ''}
    </div>
  );
}
