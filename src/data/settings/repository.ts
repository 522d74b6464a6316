import { findByKey } from '../../graph/list-items';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { type Codec, saveOne } from '../save';
import {
  INSTITUTION_RECORD_KEY,
  institutionFromFields,
  type InstitutionSettings,
  institutionToFields,
  SETTINGS_SELECT,
} from './mappers';
import type { ItemVersion, Versioned } from '../../shared/versioned';

export const institutionCodec: Codec<InstitutionSettings> = {
  list: 'settings',
  select: SETTINGS_SELECT,
  toFields: institutionToFields,
  fromFields: institutionFromFields,
};

/** The institution record of Waypoint Settings (one per site). */
export function createSettingsRepository(ctx: DataContext) {
  return {
    /** Null when the site has no institution yet (a fresh site, before setup or the demo). */
    async getInstitution(options: CallOptions = {}): Promise<Versioned<InstitutionSettings> | null> {
      const item = await findByKey(ctx.graph, listRef(ctx, 'settings'), INSTITUTION_RECORD_KEY, SETTINGS_SELECT, options);
      return item ? { value: institutionFromFields(item.fields), itemId: item.id, eTag: item.eTag } : null;
    },

    /** Creates the record (no version) or updates it if still at `version`. */
    saveInstitution(value: InstitutionSettings, version?: ItemVersion, options: CallOptions = {}): Promise<Versioned<InstitutionSettings>> {
      return saveOne(ctx, institutionCodec, { value, ...(version ? { version } : {}) }, options);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
