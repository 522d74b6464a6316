import type { ReactNode } from 'react';

import type { ImpactValidationContext } from '../../domain/impact';
import { useImpactData } from './data/queries';
import { DestinationsDialog } from './destinations-dialog';
import type { Editing } from './kinds';
import { NeetRiskDialog } from './neet-dialog';
import { PerceptionDialog } from './perception-dialog';
import { RecordRemover } from './record-remover';
import { type Change, stored } from './records';
import { VoiceDialog } from './voice-dialog';

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
    case 'remove':
      return <RecordRemover target={editing.target} change={change} onClose={props.onClose} />;
  }
}
