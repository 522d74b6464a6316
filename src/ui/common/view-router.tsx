import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ComponentType, type ReactNode, Suspense } from 'react';

import { useQueryParam } from './url-state';
import { Loading } from './states';
import { isViewId, type ViewId, viewIds, viewNames } from './views';

const useStyles = makeStyles({
  // Wraps rather than scrolls sideways in a narrow window (320 px).
  nav: { flexWrap: 'wrap', marginBottom: tokens.spacingVerticalL, '@media print': { display: 'none' } },
});

/**
 * The views a tab can show, each loaded when first opened. 'review' is the internal leadership review; the
 * strategic careers plan, the governors' report and the provision map plug in here as their areas are built.
 */
export type ViewRegistry = Readonly<Record<ViewId, ComponentType>>;

/**
 * The tab's top-level navigation and the view it shows; the view is kept in the address (`?view=`). The
 * meeting side panel has room for one view only, so it goes without the navigation.
 */
export function ViewRouter(props: { views: ViewRegistry; opensOn: ViewId; showNavigation: boolean }): ReactNode {
  const styles = useStyles();
  const [param, setParam] = useQueryParam('view');
  const current: ViewId = isViewId(param) ? param : props.opensOn;
  const View = props.views[current];
  return (
    <>
      {props.showNavigation ? (
        <TabList
          className={styles.nav}
          selectedValue={current}
          onTabSelect={(_, data) => setParam(String(data.value))}
          aria-label="Waypoint"
          size="large"
        >
          {viewIds.map((id) => (
            <Tab key={id} value={id}>
              {viewNames[id]}
            </Tab>
          ))}
        </TabList>
      ) : null}
      <Suspense fallback={<Loading label={`Opening the ${viewNames[current].toLowerCase()}`} />}>
        <View />
      </Suspense>
    </>
  );
}
