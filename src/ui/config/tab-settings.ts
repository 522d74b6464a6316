import type { ModelVariant } from '../../domain/catalogue/types';
import { isViewId, type ViewId, viewNames } from '../common/views';
import type { TabInstanceConfig } from '../../host/host-types';

/** What the installer chooses on the configuration page; carried in the tab's contentUrl. */
export interface TabSettings {
  readonly variant: ModelVariant;
  readonly opensOn: OpeningView;
}

/** The views a tab can open on (the provision map lives in Excel, and impact is recorded from inside the tab). */
export type OpeningView = Exclude<ViewId, 'map' | 'impact'>;

export const openingViews: readonly OpeningView[] = ['review', 'plan', 'report'];

export const defaultTabSettings: TabSettings = { variant: 'schools', opensOn: 'review' };

const displayNames: Readonly<Record<OpeningView, string>> = {
  review: 'Careers review',
  plan: 'Careers plan',
  report: "Governors' report",
};

/** The tab's settings from its URL's query (`?variant=colleges&view=plan`); missing or unknown values fall back. */
export function tabSettingsFrom(search: string): TabSettings {
  const query = new URLSearchParams(search);
  const variant = query.get('variant');
  const view = query.get('view');
  return {
    variant: variant === 'colleges' || variant === 'schools' ? variant : defaultTabSettings.variant,
    opensOn: isViewId(view) && view !== 'map' && view !== 'impact' ? view : defaultTabSettings.opensOn,
  };
}

/** The configuration Teams stores for the tab: the tab page with the choices in its query. */
export function tabInstanceConfig(origin: string, settings: TabSettings): TabInstanceConfig {
  const query = new URLSearchParams({ variant: settings.variant, view: settings.opensOn });
  const contentUrl = `${origin}/tab.html?${query.toString()}`;
  return {
    contentUrl,
    websiteUrl: contentUrl,
    entityId: `waypoint-${settings.opensOn}`,
    suggestedDisplayName: displayNames[settings.opensOn],
  };
}

export const openingViewNames: Readonly<Record<OpeningView, string>> = {
  review: viewNames.review,
  plan: viewNames.plan,
  report: viewNames.report,
};
