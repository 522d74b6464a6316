import { createContext, useContext } from 'react';

import type { DataContext } from '../../data/data-context';
import type { HostAdapter } from '../../host/host';
import type { ReviewData } from '../review/review-data';

/** Who is signed in, as far as the UI needs to know (never used for authorisation: the service decides). */
export interface SignedInUser {
  /** User principal name, when known (always, locally). */
  readonly upn?: string;
  /** Microsoft Entra object id, when the host gives it. */
  readonly entraId?: string;
  readonly displayName: string;
  /** Locally, a `dev-readonly:` user; in a tenant we learn it from the service's 403. */
  readonly readOnly: boolean;
}

/** Local mode only: acting as another person, so two browser windows can be two participants. */
export interface LocalSignIn {
  readonly switchTo: (upn: string, readOnly: boolean) => void;
}

/**
 * What the UI is given, built once per page by `src/app/services.ts`: the host, who is signed in, the team
 * site's data context (each area builds its port to the data layer on it) and the review's port.
 */
export interface Services {
  readonly host: HostAdapter;
  readonly user: SignedInUser;
  readonly data: DataContext;
  readonly reviews: ReviewData;
  readonly localSignIn?: LocalSignIn;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
