import type { ModelVariant } from '../../domain/catalogue/types';
import type { Services } from '../../ui/common/services-context';
import { isViewId, type ViewId } from '../../ui/common/views';
import { tabSettingsFrom } from '../../ui/config/tab-settings';
import { createReviewData } from '../../ui/review/data/adapter';
import type { Section } from '../../ui/review/sections';
import { createServices } from '../services';
import { createTabPorts } from './ports';
import { withStartUpReads } from './review-start-up';
import type { TabPorts } from './tab-ports';
import { preloadView } from './views';
import type { HostAdapter } from '../../host/host-types';

/** How the tab starts: the services and ports it works with, asked for again on "Try again". */
export type TabStart = () => Promise<{ services: Services; ports: TabPorts }>;

/**
 * Starts the tab's reads before React first renders, so the network and the first render overlap: the data layer
 * is in the first download, beside React and Fluent, the view the tab opens on is fetched meanwhile, and the
 * review's first reads travel with the schema check. The first call gets what is already under way.
 */
export function startTab(host: HostAdapter): TabStart {
  const query = new URLSearchParams(window.location.search);
  const view = query.get('view');
  const onStage = isOnStage(host);
  const opensOn: ViewId = isViewId(view) ? view : tabSettingsFrom(window.location.search).opensOn;
  if (!onStage) preloadView(opensOn);
  const opening = { reviewId: query.get('review'), section: query.get('section'), frame: host.context.frame };
  const load = async (): Promise<{ services: Services; ports: TabPorts }> => {
    const { data, config, startUp, ...services } = await createServices(
      host,
      !onStage && opensOn === 'review' ? (ctx) => withStartUpReads(createReviewData(ctx), opening, preloadSection) : undefined,
    );
    return { services, ports: createTabPorts(data, config, host.context, startUp) };
  };
  let first: ReturnType<TabStart> | undefined = load();
  return () => {
    const next = first ?? load();
    first = undefined;
    return next;
  };
}

/** What the opening section needs, from the review's chunk (already on its way: the review view is preloaded). */
const preloadSection = (section: Section, variant: ModelVariant): void =>
  void import('../../ui/review/open-review').then((m) => m.preloadSection(section, variant), () => undefined);

/** On the meeting stage (or its address, `?stage=row`, opened elsewhere): the shared row, not the view router. */
export const isOnStage = (host: HostAdapter): boolean =>
  host.context.frame === 'meetingStage' || new URLSearchParams(window.location.search).get('stage') === 'row';
