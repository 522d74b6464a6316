import { createContext, createElement, type ReactNode, useContext } from 'react';

/**
 * A feature's port, given to its views by the page's composition root (`src/app`), so a view holds the
 * feature's data port and nothing below it (no data context, no Graph client).
 */
export function portContext<T>(name: string): {
  readonly Provide: (props: { readonly port: T; readonly children?: ReactNode }) => ReactNode;
  readonly usePort: () => T;
} {
  const Context = createContext<T | undefined>(undefined);
  return {
    Provide: (props) => createElement(Context.Provider, { value: props.port }, props.children),
    usePort() {
      const port = useContext(Context);
      if (!port) throw new Error(`${name} was not given: the page's composition root provides it.`);
      return port;
    },
  };
}
