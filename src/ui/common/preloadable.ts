import { type ComponentType, createElement, lazy, type ReactNode, useState } from 'react';

import { fetchOnce } from './fetch-once';

/** A component in a chunk of its own, with a way to start fetching that chunk before it is shown. */
export interface Preloadable<P extends object> {
  readonly Component: ComponentType<P>;
  /** Starts fetching the chunk (once); the component then renders at once when it is shown. */
  readonly preload: () => Promise<unknown>;
}

/**
 * Like `React.lazy`, but a component whose chunk was fetched beforehand renders at once instead of suspending.
 * `lazy` suspends on first render even when its code is in hand, and React then holds back what follows a
 * Suspense fallback for up to 300 ms (its fallback throttling): measured, that kept a loaded review off the screen
 * for about 270 ms. Each mount keeps the component it started with, so a chunk arriving never remounts a subtree.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  const chunk = fetchOnce(load);
  const Lazy = lazy(async () => ({ default: await chunk.load() }));
  function Component(props: P): ReactNode {
    const [Chosen] = useState<ComponentType<P>>(() => chunk.value ?? Lazy);
    return createElement(Chosen, props);
  }
  return { Component, preload: () => chunk.load().catch(() => undefined) };
}
