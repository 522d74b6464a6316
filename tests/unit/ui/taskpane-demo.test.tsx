import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoActivities } from '../../../src/demo/demo-provision-map';
import { MemoryWorkbookGateway } from '../../../src/host/excel/memory-workbook-gateway';
import { DEMO_NOT_PUBLISHED, demoRows, holdsDemo } from '../../../src/provision-template/demo-rows';
import { interpretRead } from '../../../src/ui/taskpane/pane-read';
import { SyncView } from '../../../src/ui/taskpane/sync-view';
import type { SyncModel } from '../../../src/ui/taskpane/use-sync';
import { activities, catalogue, planWith } from '../../../tools/testing/excel-fixtures';

const idle: SyncModel = {
  state: { phase: 'idle' },
  conflicts: [],
  preview: async () => undefined,
  confirm: async () => undefined,
  cancel: () => undefined,
  refresh: async () => undefined,
  resolve: async () => undefined,
};

/** A workbook holding `own` activities of the school, then the demo school's map poured in as “Try the demo school” does. */
async function paneWith(own: number, withDemo: boolean) {
  const gateway = new MemoryWorkbookGateway(catalogue);
  await gateway.createTemplate(planWith(activities(own)));
  if (withDemo) await gateway.writeRows({ appends: demoRows(demoActivities, catalogue) });
  let n = 0;
  return interpretRead((await gateway.readWorkbook())!, catalogue, () => `new-${++n}`);
}

const render = (pane: Awaited<ReturnType<typeof paneWith>>, publishOff?: string): string =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SyncView sync={idle} pane={pane} catalogue={catalogue} {...(publishOff ? { publishOff } : {})} />
    </FluentProvider>,
  );

describe('the demo school in the pane is never published to the team’s site', () => {
  it('marks the demo’s rows in the workbook itself, so a pane opened later still knows them', async () => {
    const pane = await paneWith(3, true);
    expect(pane.template.problems).toEqual([]);
    expect(pane.template.rows).toHaveLength(3 + demoActivities.length);
    expect(holdsDemo(pane.template.rows)).toBe(true);
    expect(holdsDemo((await paneWith(3, false)).template.rows)).toBe(false);
  });

  it('shows Publish unavailable with the plain reason while the demo is shown; Refresh stays on', async () => {
    const pane = await paneWith(0, true);
    const html = render(pane, DEMO_NOT_PUBLISHED);
    const publish = /<button[^>]*>Publish…<\/button>/.exec(html)?.[0] ?? '';
    expect(publish).toMatch(/disabled=""/);
    expect(publish).toMatch(/aria-describedby="publish-off"/);
    expect(html).toContain('id="publish-off"');
    expect(html).toContain('Publishing is off while this workbook holds the demo school');
    expect(/<button[^>]*>Refresh<\/button>/.exec(html)?.[0]).not.toMatch(/disabled=""/);
    expect(/<button[^>]*>Publish…<\/button>/.exec(render(await paneWith(2, false)))?.[0]).not.toMatch(/disabled=""/);
  });
});
