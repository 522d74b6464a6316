/** The template's sheet and table names: the gateway finds its way around the workbook by these. */
export const sheetNames = {
  activities: 'Activities',
  learningOutcomes: 'Learning outcomes',
  map: 'Map',
  leaversProfile: 'Leavers profile',
  lists: 'Lists',
  sync: 'Waypoint sync',
} as const;

export const activitiesTableName = 'WaypointActivities';

/** The Activities table's header sits on row 3 (0-based 2), under a title and a line of help. */
export const tableHeaderRow = 2;

/** Drop-downs in the downloadable file reach this many rows below the header. */
export const xlsxValidationRows = 500;
