import type { Activity } from '../../domain/provision-map/types';
import type { TemplateCatalogue } from '../../provision-template/catalogue';
import { demoRows } from '../../provision-template/demo-rows';
import type { WorkbookGateway } from '../../provision-template/workbook-gateway';
import { useAction } from '../common/use-action';
import type { FirstVisitChoices } from './first-visit';
import type { PaneRead } from './pane-read';

export interface StartOptions {
  readonly gateway: WorkbookGateway;
  readonly catalogue: TemplateCatalogue;
  readonly pane: PaneRead | null;
  readonly createTemplate: () => Promise<void>;
  readonly reload: () => Promise<PaneRead | null>;
  /** Brings in the team's map (absent while the site cannot be reached). */
  readonly bringIn?: () => void;
  readonly loadDemo?: () => Promise<readonly Activity[]>;
  /** After starting from the blank template, and after the demo is poured in. */
  readonly onStarted: () => void;
  readonly onDemo: () => void;
}

/** The first screen's ways to begin, each setting up the template where there is none, then doing the rest. */
export function useStart(options: StartOptions): Omit<FirstVisitChoices, 'importPanel' | 'siteNote'> {
  const action = useAction();
  const { gateway, catalogue, pane, loadDemo } = options;
  // A failure here keeps no error bar: reading the workbook again shows where it got to.
  const begin = (then: () => Promise<void>): void => {
    void action.run(async () => {
      try {
        if (!pane) await options.createTemplate();
        await then();
        await options.reload();
      } catch {
        await options.reload().catch(() => undefined);
      }
    });
  };
  const { bringIn } = options;
  return {
    busy: action.busy,
    ...(bringIn ? { bringIn: () => begin(async () => bringIn()) } : {}),
    startBlank: () => begin(async () => options.onStarted()),
    ...(loadDemo
      ? {
          tryDemo: () =>
            begin(async () => {
              await gateway.writeRows({ appends: demoRows(await loadDemo(), catalogue) });
              options.onDemo();
            }),
        }
      : {}),
  };
}
