/**
 * What one import may hold. A provision map is tens to a few hundred activities; these leave room for a large
 * college's map while keeping the read fast and its memory bounded, in a browser tab or a command.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Rows of activities below the header. */
export const MAX_ROWS = 5_000;

export const LIMITS_TEXT = 'Waypoint imports a map of up to 10 MB and 5,000 rows';

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

export const tooLargeMessage = (bytes: number): string =>
  `This file is ${megabytes(bytes)}. ${LIMITS_TEXT}: save the map on its own (without pictures or other sheets), or split it into smaller files.`;

/** `what`: "This file has more than 5,020 rows", "The sheet “Map” has something in row 1,048,576". */
export const tooManyRowsMessage = (what: string): string =>
  `${what}. ${LIMITS_TEXT}: delete the rows below the map (including empty rows that hold formatting), or split it into smaller files.`;

export const count = (n: number): string => n.toLocaleString('en-GB');
