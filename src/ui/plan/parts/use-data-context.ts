import type { DataContext } from '../../../data/data-context';
import { type Services, useServices } from '../../common/services-context';

/**
 * The team site's data context, which `src/app/services.ts` puts beside the review port (`AppServices.data`)
 * for the plan, report, statutory and provision-map areas to build their ports on.
 */
export function useDataContext(): DataContext {
  const services = useServices() as Services & { readonly data?: DataContext };
  if (!services.data) throw new Error('Waypoint started without a connection to the team site.');
  return services.data;
}
