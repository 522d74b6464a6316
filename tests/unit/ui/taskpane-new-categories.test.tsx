import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MemoryWorkbookGateway } from '../../../src/host/excel/memory-workbook-gateway';
import { withOwnCategories } from '../../../src/provision-template/catalogue';
import { emptySnapshot, updateSnapshot } from '../../../src/provision-template/sync/snapshot';
import { syncSheet } from '../../../src/provision-template/template-plan';
import { NewCategoryQuestions } from '../../../src/ui/taskpane/new-categories';
import { interpretRead } from '../../../src/ui/taskpane/pane-read';
import { activity, catalogue, planWith } from '../../../tools/testing/excel-fixtures';

/** Categories of the school's own typed into the workbook are asked about in the pane, as the import asks. */
const typed = [
  activity(1),
  activity(2, { categories: ['Careers café'] }),
  activity(3, { categories: ['employer-encounter', 'careers café'] }),
  activity(4, { categories: ['Alumni talk'] }),
];

async function workbook() {
  const gateway = new MemoryWorkbookGateway(catalogue);
  await gateway.createTemplate(planWith(typed));
  return gateway;
}

describe('a category of the school’s own typed into the workbook', () => {
  it('is asked about once, naming its rows, and its rows wait; agreed, it joins the catalogue and the rows are read', async () => {
    const gateway = await workbook();
    const pane = interpretRead((await gateway.readWorkbook())!, catalogue, () => 'new');
    expect(pane.template.rows.map((r) => r.activity.id)).toEqual(['key-1']);
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <NewCategoryQuestions problems={pane.template.problems} onAdd={() => undefined} />
      </FluentProvider>,
    );
    // The template's header is row 3: activities 2, 3 and 4 are rows 5, 6 and 7.
    expect(html).toContain('“Careers café” (rows 5 and 6) is not one of Waypoint’s categories. Add it as a new category of your own?');
    expect(html).toContain('“Alumni talk” (row 7) is not one of Waypoint’s categories. Add it as a new category of your own?');
    expect(html.match(/<button[^>]*>Add “[^”]+”<\/button>/g)).toHaveLength(2);

    const agreed = interpretRead((await gateway.readWorkbook())!, withOwnCategories(catalogue, ['Careers café']), () => 'new');
    expect(agreed.template.rows.map((r) => r.activity.categories)).toEqual([['employer-encounter'], ['Careers café'], ['employer-encounter', 'Careers café']]);
    expect(agreed.template.problems.map((p) => p.newCategory)).toEqual(['Alumni talk']);
  });

  it('is not asked about again once it is on the team’s site (in the workbook’s last sync)', async () => {
    const gateway = await workbook();
    const onSite = [typed[1]!, typed[3]!].map((a) => ({ key: a.id, itemId: a.id, eTag: '"1"', activity: a }));
    await gateway.writeSheet(syncSheet(updateSnapshot(emptySnapshot, { set: onSite })));
    const pane = interpretRead((await gateway.readWorkbook())!, catalogue, () => 'new');
    expect(pane.template.problems).toEqual([]);
    expect(renderToStaticMarkup(<NewCategoryQuestions problems={pane.template.problems} onAdd={() => undefined} />)).toBe('');
  });
});
