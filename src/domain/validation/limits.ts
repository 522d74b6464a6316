/**
 * Text limits, shared by validation and by the SharePoint column definitions so that
 * what the UI accepts is exactly what the lists can store.
 */
/** SharePoint single line of text holds at most 255 characters. */
export const SINGLE_LINE_MAX = 255;
/** SharePoint multiple lines of text (plain) holds at most 63,999 characters; we keep notes well inside it. */
export const MULTI_LINE_MAX = 10_000;
/** A hyperlink column holds at most 255 characters of URL. */
export const URL_MAX = 255;
