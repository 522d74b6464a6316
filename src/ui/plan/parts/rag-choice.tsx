import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Rag } from '../../../domain/plan/types';
import { RagStatus } from '../../common/rag';

const rags: readonly Rag[] = ['red', 'amber', 'green'];

/** RAG status as three radios, each labelled with its icon and word. */
export function RagChoice(props: { value: Rag | ''; onChange: (rag: Rag) => void; error?: string }): ReactNode {
  return (
    <Field label="RAG status" required validationMessage={props.error}>
      <RadioGroup layout="horizontal" value={props.value} onChange={(_, data) => props.onChange(data.value as Rag)}>
        {rags.map((r) => (
          <Radio key={r} value={r} label={<RagStatus rag={r} />} />
        ))}
      </RadioGroup>
    </Field>
  );
}
