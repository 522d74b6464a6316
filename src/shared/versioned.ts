/** A value as last read from (or written to) the service, with what a later write must quote. */
export interface ItemVersion {
  /** The list item's id (a numeric string in SharePoint). */
  readonly itemId: string;
  /** Sent back as If-Match so that a write never lands on a version we have not seen. */
  readonly eTag: string;
}

export interface Versioned<T> extends ItemVersion {
  readonly value: T;
}

/** The version a later write must quote, or null when there is nothing stored yet (a create). */
export const versionOf = (v: ItemVersion | null | undefined): ItemVersion | null => (v ? { itemId: v.itemId, eTag: v.eTag } : null);
