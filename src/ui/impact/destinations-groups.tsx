import { Button, Field, Select } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import { learnerGroupNames, learnerGroups } from '../../domain/impact';
import { CountsFields } from './counts-fields';
import { emptyGroup, type GroupDraft } from './drafts';
import { useFormStyles } from './form-styles';

/** The destinations form's learner groups (for example disadvantaged or SEND): each group's counts, added and removed. */
export function DestinationsGroups(props: {
  groups: readonly GroupDraft[];
  errors: Readonly<Record<string, string>>;
  onChange: (groups: GroupDraft[]) => void;
}): ReactNode {
  const styles = useFormStyles();
  const { groups, errors } = props;
  const setGroup = (i: number, change: Partial<GroupDraft>): void => props.onChange(groups.map((g, j) => (j === i ? { ...g, ...change } : g)));
  return (
    <>
      {groups.map((g, i) => (
        <CountsFields
          key={i}
          legend={g.group ? learnerGroupNames[g.group] : `Group ${i + 1}`}
          path={`groups[${i}].`}
          cohort={g.cohort}
          counts={g.counts}
          errors={errors}
          onChange={(c) => setGroup(i, c)}
        >
          <Field label="Group" required validationMessage={errors[`groups[${i}].group`]}>
            <Select value={g.group} onChange={(_, d) => setGroup(i, { group: d.value as GroupDraft['group'] })}>
              <option value="">Choose</option>
              {learnerGroups.map((l) => (
                <option key={l} value={l}>
                  {learnerGroupNames[l]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.wide}>
            <Button icon={<DeleteRegular />} onClick={() => props.onChange(groups.filter((_, j) => j !== i))}>
              Remove this group
            </Button>
          </div>
        </CountsFields>
      ))}
      {errors.groups ? (
        <p className={styles.message} role="alert">
          {errors.groups}
        </p>
      ) : null}
      <div>
        <Button icon={<AddRegular />} onClick={() => props.onChange([...groups, emptyGroup()])}>
          Add a group (for example disadvantaged or SEND)
        </Button>
      </div>
    </>
  );
}
