import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Shown above the pane outside Excel. */
export function PlainBrowserNotice(): ReactNode {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not in Excel</MessageBarTitle>
        This page is open in a plain browser, so the workbook features of Excel are absent. The demo workbook below stands in for one:
        try the guidance, the gaps and publishing with it.
      </MessageBarBody>
    </MessageBar>
  );
}
