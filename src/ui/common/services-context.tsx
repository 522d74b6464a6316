import { createContext, useContext } from 'react';
import type { HostAdapter } from '../../host/host-types';


/** Who is signed in, as far as the UI needs to know (never used for authorisation: the service decides). */
export interface SignedInUser {
  /** User principal name, when known (always, locally). */
  readonly upn?: string;
  /** Microsoft Entra object id, when the host gives it. */
  readonly entraId?: string;
  readonly displayName: string;
  /** The team's site lets this person read Waypoint's lists but not change them (asked once; src/data/write-access.ts). */
  readonly readOnly: boolean;
}

/** Local mode only: acting as another person, so two browser windows can be two participants. */
export interface LocalSignIn {
  readonly switchTo: (upn: string, readOnly: boolean) => void;
}

/**
 * What every view is given, built once per page by `src/app/services.ts`: the host and who is signed in. Each
 * feature's data port comes from its own slice (`src/ui/<feature>/data/queries.ts`), given by the page's
 * composition root, so no view holds the data context or the Graph client.
 */
export interface Services {
  readonly host: HostAdapter;
  readonly user: SignedInUser;
  readonly localSignIn?: LocalSignIn;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
