import type { ReactNode } from 'react';

import type { RecordOfKind } from './data/port';
import { useImpactData } from './data/queries';
import { describeDestinations, describeNeetRisk, describePerception, describeVoice } from './describe';
import { recordName } from './kinds';
import { type Change, stored } from './records';
import { RemoveRecordDialog } from './remove-dialog';

/** The question before removing one impact record, and the cached records changed once it is answered. */
export function RecordRemover(props: { target: RecordOfKind; change: Change; onClose: () => void }): ReactNode {
  const data = useImpactData();
  const { target: t, change } = props;
  const common = { what: `the ${recordName(t)}`, onClose: props.onClose };
  switch (t.kind) {
    case 'destinations':
      return (
        <RemoveRecordDialog
          {...common}
          record={t.record}
          describe={describeDestinations}
          remove={(record) => data.remove({ kind: t.kind, record })}
          onDone={(now) => change((r) => ({ ...r, destinations: stored.replace(r.destinations, t.record, now) }))}
        />
      );
    case 'perception':
      return (
        <RemoveRecordDialog
          {...common}
          record={t.record}
          describe={describePerception}
          remove={(record) => data.remove({ kind: t.kind, record })}
          onDone={(now) => change((r) => ({ ...r, perception: stored.replace(r.perception, t.record, now) }))}
        />
      );
    case 'voice':
      return (
        <RemoveRecordDialog
          {...common}
          record={t.record}
          describe={describeVoice}
          remove={(record) => data.remove({ kind: t.kind, record })}
          onDone={(now) => change((r) => ({ ...r, voice: stored.replace(r.voice, t.record, now) }))}
        />
      );
    case 'neet-risk':
      return (
        <RemoveRecordDialog
          {...common}
          record={t.record}
          describe={describeNeetRisk}
          remove={(record) => data.remove({ kind: t.kind, record })}
          onDone={(now) => change((r) => ({ ...r, neetRisk: stored.replace(r.neetRisk, t.record, now) }))}
        />
      );
  }
}
