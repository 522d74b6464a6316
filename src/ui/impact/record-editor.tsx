import type { ReactNode } from 'react';

import type { ImpactValidationContext } from '../../domain/impact';
import type { ImpactRecords } from './data/port';
import { useImpactData } from './data/queries';
import { DestinationsDialog } from './destinations-dialog';
import { describeDestinations, describeNeetRisk, describePerception, describeVoice } from './describe';
import { type Editing, recordName } from './kinds';
import { NeetRiskDialog } from './neet-dialog';
import { PerceptionDialog } from './perception-dialog';
import { stored } from './records';
import { RemoveRecordDialog } from './remove-dialog';
import { VoiceDialog } from './voice-dialog';

type Change = (edit: (r: ImpactRecords) => ImpactRecords) => void;

/** The open form or question: adding, changing or removing one impact record. */
export function RecordEditor(props: { editing: Editing; year: string; context: ImpactValidationContext; change: Change; onClose: () => void }): ReactNode {
  const data = useImpactData();
  const { editing, change } = props;
  const common = { year: props.year, context: props.context, onClose: props.onClose };
  switch (editing.kind) {
    case 'destinations':
      return (
        <DestinationsDialog
          {...common}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.saveDestinations}
          onStored={(s) => change((r) => ({ ...r, destinations: stored.replace(r.destinations, editing.existing, s) }))}
        />
      );
    case 'perception':
      return (
        <PerceptionDialog
          {...common}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.savePerception}
          onStored={(s) => change((r) => ({ ...r, perception: stored.replace(r.perception, editing.existing, s) }))}
        />
      );
    case 'voice':
      return (
        <VoiceDialog
          {...common}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.saveVoice}
          onStored={(s) => change((r) => ({ ...r, voice: stored.replace(r.voice, editing.existing, s) }))}
        />
      );
    case 'neet-risk':
      return (
        <NeetRiskDialog
          {...common}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.saveNeetRisk}
          onStored={(s) => change((r) => ({ ...r, neetRisk: stored.replace(r.neetRisk, editing.existing, s) }))}
        />
      );
    case 'remove': {
      const t = editing.target;
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
  }
}
