import type { ItemVersion } from '../../../shared/versioned';

/** SharePoint eTags read `"{GUID},<version>"`; the version counts up with every save of the item. */
function versionNumber(eTag: string): number | undefined {
  const match = /,(\d+)"?$/.exec(eTag);
  return match ? Number(match[1]) : undefined;
}

/**
 * True when `incoming` is an earlier version of the same item than `current`: a poll that set off before our
 * own save finished can answer after it, and must not put the older text back on screen.
 */
export function isOlderVersion(incoming: ItemVersion, current: ItemVersion | undefined): boolean {
  if (!current || incoming.itemId !== current.itemId) return false;
  const a = versionNumber(incoming.eTag);
  const b = versionNumber(current.eTag);
  return a !== undefined && b !== undefined && a < b;
}
