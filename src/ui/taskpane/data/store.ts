import type { createProvisionMapRepository } from '../../../data/provision-map/repository';

/**
 * The pane's store: the provision map repository itself (src/app/taskpane/pane-services.ts creates it). Typed as
 * the repository rather than as the sync's `ActivityStore` interface, so "go to definition" on the pane's
 * `store.publish` lands on the code that writes the Activities list; it still satisfies `ActivityStore`.
 */
export type PaneStore = ReturnType<typeof createProvisionMapRepository>;
