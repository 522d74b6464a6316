/**
 * Offline validation of the Microsoft 365 app manifest against the JSON schema bundled in
 * @microsoft/app-manifest. The schema is read from disk and handed to the validator, so nothing
 * is fetched from the network (the library would otherwise look it up by its `$schema` URL).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { AppManifestUtils } from '@microsoft/app-manifest';

const require = createRequire(import.meta.url);

function appManifestPackageDir(): string {
  return dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

export function appManifestLibraryVersion(): string {
  return (JSON.parse(readFileSync(join(appManifestPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where @microsoft/app-manifest keeps its copy of the schema for `manifestVersion`. */
export function bundledSchemaPath(manifestVersion: string): string {
  return join(appManifestPackageDir(), 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

export function loadBundledSchema(manifestVersion: string): Record<string, unknown> {
  const path = bundledSchemaPath(manifestVersion);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`@microsoft/app-manifest ${appManifestLibraryVersion()} bundles no schema for manifest version ${manifestVersion} (looked for ${path})`);
  }
  // The library applies the same clean-up to the schema text before parsing it.
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>;
}

export interface ManifestLike {
  readonly $schema?: string;
  readonly manifestVersion?: string;
}

/** Schema errors for `manifest` (empty when valid), checked against the bundled schema only. */
export async function validateAppManifest(manifest: ManifestLike): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (!version) return ['manifestVersion is missing'];
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  const problems: string[] = [];
  if (manifest.$schema !== expected) problems.push(`$schema should be ${expected} to match manifestVersion ${version}`);
  const schema = loadBundledSchema(version);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
  return [...problems, ...errors];
}
