import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One record of Microsoft's Graph documentation examples (tests/fixtures/graph-examples/README.md). */
export interface GraphExample {
  readonly id: string;
  readonly operation: string;
  readonly kind: string;
  readonly request: { method: string | null; url: string | null; headers: Record<string, string>; body: unknown } | null;
  readonly response: { status: number | null; headers: Record<string, string>; body: unknown; parse: boolean | null } | null;
}

export const graphExamples: readonly GraphExample[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/graph-examples/corpus.json'), 'utf8'),
) as GraphExample[];

/** The record with this id; a renamed or missing record fails the test that needs it, loudly. */
export function graphExample(id: string): GraphExample & { response: NonNullable<GraphExample['response']> } {
  const found = graphExamples.find((r) => r.id === id);
  if (!found?.response) throw new Error(`No documented response "${id}" in tests/fixtures/graph-examples/corpus.json`);
  return found as GraphExample & { response: NonNullable<GraphExample['response']> };
}
