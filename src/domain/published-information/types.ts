/** The four things seed 003 says must be published about the careers programme, in its order. */
export type PublishedItemId = 'careers-leader-contact' | 'programme-summary' | 'impact-measurement' | 'next-review';

/** A link on the page: the text shown and where it goes (only https, http and mailto addresses are ever linked). */
export interface PageLink {
  readonly text: string;
  readonly href: string;
}

/** One paragraph or list of the page; text is plain (the renderer escapes it). */
export type PageBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly link?: PageLink }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface PageSection {
  readonly id: PublishedItemId | 'vision' | 'provider-access';
  readonly heading: string;
  readonly blocks: readonly PageBlock[];
}

/** The ready-to-publish careers information page, in plain words for pupils and parents. */
export interface PublishedPage {
  /** "Careers at Highfield Academy". */
  readonly title: string;
  readonly institutionName: string;
  /** The date the page was generated (yyyy-mm-dd). */
  readonly generatedOn: string;
  readonly sections: readonly PageSection[];
}

export interface PublishedItemCheck {
  readonly item: PublishedItemId;
  /** The guide's words for the item (from the catalogue). */
  readonly requirement: string;
  readonly present: boolean;
  /** What to record first, when the page cannot say it yet. */
  readonly missing?: string;
}
