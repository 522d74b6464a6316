import type { ActivityChanges, ActivityRefresh, PublishResult } from '../../data/provision-map/repository';

/** The part of the provision map repository that sync uses (the real one, or a fake in tests). */
export interface ActivityStore {
  publish(changes: ActivityChanges, options?: { readonly firstSortOrder?: number }): Promise<PublishResult>;
  refresh(deltaLink?: string): Promise<ActivityRefresh>;
}
