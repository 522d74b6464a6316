import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { loose } from '../../domain/import';
import { newCategoryQuestion } from '../../domain/import/categories';
import type { RowProblem } from '../../provision-template/read-rows';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/** The school's own categories typed into the workbook, each once, with the rows that wait on it. */
export function newCategories(problems: readonly RowProblem[]): { readonly name: string; readonly rows: readonly number[] }[] {
  const byName = new Map<string, { name: string; rows: number[] }>();
  for (const p of problems) {
    if (p.newCategory === undefined) continue;
    const entry = byName.get(loose(p.newCategory)) ?? { name: p.newCategory, rows: [] };
    if (p.rowNumber !== undefined) entry.rows.push(p.rowNumber);
    byName.set(loose(p.newCategory), entry);
  }
  return [...byName.values()];
}

/**
 * Asks about each category of the school's own typed into the workbook, as the import asks: its rows wait (they are
 * not published) until the person adds it, or changes the cell to one of Waypoint's categories.
 */
export function NewCategoryQuestions(props: { problems: readonly RowProblem[]; onAdd: (name: string) => void }): ReactNode {
  const styles = useStyles();
  const questions = newCategories(props.problems);
  if (questions.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{questions.length === 1 ? 'A category of your own' : 'Categories of your own'}</MessageBarTitle>
        <ul className={styles.list} aria-label="New categories to agree">
          {questions.map((q) => (
            <li key={q.name} className={styles.item}>
              {newCategoryQuestion(q.name, q.rows)}
              <Button size="small" onClick={() => props.onAdd(q.name)}>
                Add “{q.name}”
              </Button>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
