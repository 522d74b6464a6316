import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startContainerRegistry, type ContainerRegistry } from '../../../tools/fluid/container-registry';

describe('the local container registry (Teams keeps this mapping in a meeting)', () => {
  let registry: ContainerRegistry;
  beforeAll(async () => {
    registry = await startContainerRegistry();
  });
  afterAll(() => registry.stop());

  const put = (meeting: string, body: string) =>
    fetch(`${registry.url}/meetings/${meeting}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });

  it('keeps the first container registered for a meeting and tells later ones about it', async () => {
    expect((await fetch(`${registry.url}/meetings/m1`)).status).toBe(404);
    const first = await put('m1', JSON.stringify({ containerId: 'c-first' }));
    expect([first.status, await first.json()]).toEqual([201, { containerState: 'Added', containerId: 'c-first' }]);
    const second = await put('m1', JSON.stringify({ containerId: 'c-second' }));
    expect([second.status, await second.json()]).toEqual([200, { containerState: 'AlreadyExists', containerId: 'c-first' }]);
    expect(await (await fetch(`${registry.url}/meetings/m1`)).json()).toEqual({ containerId: 'c-first' });
    expect((await fetch(`${registry.url}/meetings/m2`)).status).toBe(404);
  });

  it('refuses a body without a container id, and answers pages on other origins', async () => {
    expect((await put('m3', '{"id":"x"}')).status).toBe(400);
    expect((await put('m3', 'not json')).status).toBe(400);
    const preflight = await fetch(`${registry.url}/meetings/m3`, { method: 'OPTIONS' });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
  });
});
