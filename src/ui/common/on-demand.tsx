import { type ComponentType, createElement, lazy, type ReactNode, Suspense } from 'react';

/**
 * A component whose code is fetched the first time it is shown, so it is not part of what a view downloads
 * before it is usable; nothing shows while it arrives. For dialogs and small extras, never a view's content.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P): ReactNode {
    return createElement(Suspense, { fallback: null }, createElement(Loaded, props));
  };
}
