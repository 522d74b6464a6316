import { Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { learningOutcomeAreas, universalLearningOutcomes } from '../../domain/catalogue/learning-outcomes';

/** Chooses the universal learning outcomes an activity serves, grouped by their area. */
export function LearningOutcomePicker(props: { value: readonly string[]; onChange: (chosen: string[]) => void; error: string | undefined }): ReactNode {
  return (
    <Field label="Learning outcomes it serves" validationMessage={props.error}>
      <Dropdown
        multiselect
        placeholder="Choose learning outcomes"
        value={props.value.join(', ')}
        selectedOptions={[...props.value]}
        onOptionSelect={(_, d) => props.onChange(d.selectedOptions)}
      >
        {learningOutcomeAreas.map((area) => (
          <OptionGroup key={area} label={area}>
            {universalLearningOutcomes
              .filter((o) => o.area === area)
              .map((o) => (
                <Option key={o.id} value={o.id} text={`${o.id} ${o.text}`}>
                  {`${o.id} ${o.text}`}
                </Option>
              ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
}
