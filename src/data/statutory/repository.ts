import type { StatutoryRecord } from '../../domain/statutory/types';
import { findByKey } from '../../graph/list-items';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { type Codec, saveOne } from '../save';
import { STATUTORY_RECORD_KEY, STATUTORY_SELECT, statutoryFromFields, statutoryToFields } from './mappers';
import type { ItemVersion, Versioned } from '../../shared/versioned';

export const statutoryCodec = (institutionId: string): Codec<StatutoryRecord> => ({
  list: 'statutory',
  select: STATUTORY_SELECT,
  toFields: statutoryToFields,
  fromFields: (fields) => statutoryFromFields(fields, institutionId),
});

/** The single statutory-duties record of the site. */
export function createStatutoryRepository(ctx: DataContext) {
  return {
    async get(institutionId: string, options: CallOptions = {}): Promise<Versioned<StatutoryRecord> | null> {
      const item = await findByKey(ctx.graph, listRef(ctx, 'statutory'), STATUTORY_RECORD_KEY, STATUTORY_SELECT, options);
      return item ? { value: statutoryFromFields(item.fields, institutionId), itemId: item.id, eTag: item.eTag } : null;
    },

    save(record: StatutoryRecord, version?: ItemVersion, options: CallOptions = {}): Promise<Versioned<StatutoryRecord>> {
      return saveOne(ctx, statutoryCodec(record.institutionId), { value: record, ...(version ? { version } : {}) }, options);
    },
  };
}

export type StatutoryRepository = ReturnType<typeof createStatutoryRepository>;
