import { type ReactNode, Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { preloadable } from '../../../../src/ui/common/preloadable';

function Greeting(props: { name: string }): ReactNode {
  return <p>Hello, {props.name}</p>;
}

const shown = (node: ReactNode): string => renderToStaticMarkup(<Suspense fallback={<p>Loading</p>}>{node}</Suspense>);

describe('preloadable', () => {
  it('renders at once, without suspending, once its chunk was fetched beforehand', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Greeting));
    await preload();
    expect(shown(<Component name="Hannah" />)).toBe('<p>Hello, Hannah</p>');
  });

  it('shows the fallback while a chunk that was not fetched beforehand arrives', () => {
    const { Component } = preloadable(() => new Promise<typeof Greeting>(() => undefined));
    expect(shown(<Component name="Hannah" />)).toContain('Loading');
  });

  it('fetches the chunk once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { preload } = preloadable(load);
    await Promise.all([preload(), preload()]);
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a chunk whose fetch failed (a dropped connection) again on the next preload', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValue(Greeting);
    const { Component, preload } = preloadable<{ name: string }>(load);
    await preload();
    await preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(shown(<Component name="David" />)).toBe('<p>Hello, David</p>');
  });
});
