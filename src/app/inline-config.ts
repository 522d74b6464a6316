import { loadRuntimeConfig, parseRuntimeConfig, type RuntimeConfig, RuntimeConfigError } from '../config/runtime-config';

/**
 * The runtime configuration written into the page itself, as `<script type="application/json" id="…">`, by the
 * server that serves it (tools/static-server.ts): the page then starts without fetching `/config.json` first, one
 * round trip fewer before the first Graph request. A page without it (a static host that serves the files as
 * built) fetches `/config.json` as before.
 */
export const INLINE_CONFIG_ID = 'waypoint-config';

export async function pageRuntimeConfig(doc: Pick<Document, 'getElementById'> = document): Promise<RuntimeConfig> {
  const inline = doc.getElementById(INLINE_CONFIG_ID)?.textContent;
  if (!inline) return loadRuntimeConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(inline);
  } catch {
    throw new RuntimeConfigError([`the configuration written into the page (#${INLINE_CONFIG_ID}) is not valid JSON`]);
  }
  return parseRuntimeConfig(raw);
}
