/**
 * `$top` for list reads: big enough that a full review (32 rows × 12 participants = 384
 * reflections) and a school's whole provision map come back in one page, well inside what
 * SharePoint serves per page (5,000). Anything larger simply follows nextLinks.
 */
export const PAGE_SIZE = 1000;
