import type { Institution } from '../../domain/institution';
import type { Fields } from '../../graph/list-items';
import { isString, readFields, selectOf, writeFields } from '../fields';
import { settingsList, variants } from '../schema/settings';

/** Waypoint Settings holds keyed records; these are the two the app knows. */
export const SCHEMA_RECORD_KEY = 'schema';
export const INSTITUTION_RECORD_KEY = 'institution';

export const SETTINGS_SELECT = selectOf(settingsList);

/** The institution and the plan's two visions, which live with it (one per site). */
export interface InstitutionSettings {
  readonly institution: Institution;
  readonly institutionVision: string;
  readonly careersVision: string;
}

export function schemaVersionFields(version: number): Fields {
  return writeFields(settingsList, { WaypointKey: SCHEMA_RECORD_KEY, Title: 'Schema version', SchemaVersion: version });
}

export function schemaVersionOf(fields: Fields): number | null {
  return readFields(settingsList, fields).number('SchemaVersion') ?? null;
}

export function institutionToFields(settings: InstitutionSettings): Fields {
  const { institution } = settings;
  return writeFields(settingsList, {
    WaypointKey: INSTITUTION_RECORD_KEY,
    Title: institution.name,
    InstitutionId: institution.id,
    Variant: institution.variant,
    YearGroups: JSON.stringify(institution.yearGroups),
    InstitutionVision: settings.institutionVision,
    CareersVision: settings.careersVision,
  });
}

export function institutionFromFields(fields: Fields): InstitutionSettings {
  const f = readFields(settingsList, fields);
  return {
    institution: {
      id: f.text('InstitutionId'),
      name: f.text('Title'),
      variant: f.oneOf('Variant', variants) ?? 'schools',
      yearGroups: f.jsonArray('YearGroups', isString),
    },
    institutionVision: f.text('InstitutionVision'),
    careersVision: f.text('CareersVision'),
  };
}

/** Which record an item of Waypoint Settings is. */
export const settingsKeyOf = (fields: Fields): string => readFields(settingsList, fields).text('WaypointKey');
