import { Badge, Tab, TabList } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type TabId = 'guidance' | 'gaps' | 'sync' | 'template';

/**
 * The pane's four tabs. The first reads Start until an empty workbook is begun; Gaps carries their count; Gaps and
 * Publish are off while there is no template to read.
 */
export function PaneTabs(props: {
  current: TabId;
  onSelect: (tab: TabId) => void;
  noTemplate: boolean;
  starting: boolean;
  gaps: number;
}): ReactNode {
  const { gaps } = props;
  return (
    <TabList size="small" selectedValue={props.current} onTabSelect={(_, data) => props.onSelect(data.value as TabId)} aria-label="Provision map pane">
      <Tab value="guidance" id="tab-guidance">
        {props.starting ? 'Start' : 'Guidance'}
      </Tab>
      <Tab value="gaps" id="tab-gaps" disabled={props.noTemplate}>
        Gaps{' '}
        {gaps > 0 ? (
          <Badge size="small" appearance="filled" color="warning" aria-label={`${gaps} gaps`}>
            {gaps}
          </Badge>
        ) : null}
      </Tab>
      <Tab value="sync" id="tab-sync" disabled={props.noTemplate}>
        Publish
      </Tab>
      <Tab value="template" id="tab-template">
        Template
      </Tab>
    </TabList>
  );
}
