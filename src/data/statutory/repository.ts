import type { AcademicYear } from '../../domain/academic-year';
import type { StatutoryRecord } from '../../domain/statutory/types';
import { findByKey } from '../../graph/list-items';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import { type Codec, saveOne } from '../save';
import { callOptions, yearOf, type YearOptions } from '../year-scope';
import { type DataContext, listRef } from '../data-context';
import { STATUTORY_SELECT, statutoryFromFields, statutoryRecordKey, statutoryToFields } from './mappers';

export const statutoryCodec = (institutionId: string, year: AcademicYear): Codec<StatutoryRecord> => ({
  list: 'statutory',
  select: STATUTORY_SELECT,
  toFields: (record) => statutoryToFields(record, year),
  fromFields: (fields) => statutoryFromFields(fields, institutionId),
});

/** The statutory-duties record of one academic year (`year`, default: the year we are in today). */
export function createStatutoryRepository(ctx: DataContext) {
  return {
    async get(institutionId: string, options: YearOptions = {}): Promise<Versioned<StatutoryRecord> | null> {
      const key = statutoryRecordKey(yearOf(options));
      const item = await findByKey(ctx.graph, listRef(ctx, 'statutory'), key, STATUTORY_SELECT, callOptions(options));
      return item ? { value: statutoryFromFields(item.fields, institutionId), itemId: item.id, eTag: item.eTag } : null;
    },

    save(record: StatutoryRecord, version?: ItemVersion, options: YearOptions = {}): Promise<Versioned<StatutoryRecord>> {
      const codec = statutoryCodec(record.institutionId, yearOf(options));
      return saveOne(ctx, codec, { value: record, ...(version ? { version } : {}) }, callOptions(options));
    },
  };
}

export type StatutoryRepository = ReturnType<typeof createStatutoryRepository>;
