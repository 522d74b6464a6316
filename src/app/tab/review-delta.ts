import type { ListItem } from '@microsoft/microsoft-graph-types';

import { type DataContext, listRef } from '../../data/data-context';
import { bestFitCodec, reflectionCodec, reviewCodec } from '../../data/reviews/repository';
import { type Codec, fromItems } from '../../data/save';
import { executeBatch } from '../../graph/batch';
import { listDelta } from '../../graph/delta';
import { type Item, type ItemsPage, itemsPath, toItem } from '../../graph/list-items';
import type { ListChanges, ReviewWatcher } from '../../ui/review/review-data';

/**
 * Incremental refresh of the three review lists in ONE $batch of delta queries per poll, so an idle client
 * costs one request per tick. `start` takes each list's current position (`token=latest`, no enumeration)
 * before the review is read, so nothing changed between the read and the first poll is missed. A page with a
 * nextLink (many changes at once) is followed to its deltaLink; an expired link (410) means a full resync.
 */
export function reviewListsDelta(context: DataContext): ReviewWatcher {
  const codecs = [reviewCodec, reflectionCodec, bestFitCodec] as const;
  const links = new Map<string, string>();
  const latestUrl = (codec: Pick<Codec<unknown>, 'list' | 'select'>): string =>
    `${itemsPath(listRef(context, codec.list))}/delta?token=latest&$expand=fields($select=${codec.select.join(',')})`;

  async function round(fresh: boolean): Promise<(DeltaPage | 'expired')[]> {
    const urls = codecs.map((c) => {
      const link = links.get(c.list);
      return !fresh && link ? context.graph.toRelative(link) : latestUrl(c);
    });
    const answers = await executeBatch(context.graph, urls.map((url) => ({ method: 'GET' as const, url })));
    return answers.map((answer) => {
      if (answer.ok) return (answer.body ?? {}) as DeltaPage;
      if (answer.status === 410) return 'expired';
      throw answer.error;
    });
  }

  async function changesOf<T>(codec: Codec<T>, page: DeltaPage | 'expired'): Promise<ListChanges<T>> {
    const list = listRef(context, codec.list);
    if (page === 'expired' || page['@odata.nextLink']) {
      const result = await listDelta(context.graph, list, {
        select: codec.select,
        ...(page !== 'expired' ? { deltaLink: page['@odata.nextLink'] } : {}),
      });
      links.set(codec.list, result.deltaLink);
      if (page === 'expired') return { changed: fromItems(result.changed, codec.fromFields), deletedItemIds: [], resynced: true };
      // The first page's items, then the rest: where an item appears twice, the later word wins.
      const later = new Set([...result.changed.map((i) => i.id), ...result.deletedItemIds]);
      return {
        changed: fromItems([...itemsOf(page).filter((i) => !later.has(i.id)), ...result.changed], codec.fromFields),
        deletedItemIds: [...deletedOf(page).filter((id) => !later.has(id)), ...result.deletedItemIds],
        resynced: false,
      };
    }
    if (page['@odata.deltaLink']) links.set(codec.list, page['@odata.deltaLink']);
    return { changed: fromItems(itemsOf(page), codec.fromFields), deletedItemIds: deletedOf(page), resynced: false };
  }

  return {
    async start() {
      const pages = await round(true);
      pages.forEach((page, i) => {
        const link = page !== 'expired' ? page['@odata.deltaLink'] : undefined;
        if (link) links.set(codecs[i]!.list, link);
      });
    },
    async poll() {
      const [reviews, reflections, bestFits] = await round(false);
      return {
        reviews: await changesOf(reviewCodec, reviews!),
        reflections: await changesOf(reflectionCodec, reflections!),
        bestFits: await changesOf(bestFitCodec, bestFits!),
      };
    },
  };
}

interface DeltaPage extends ItemsPage {
  readonly value?: (ListItem & { deleted?: unknown })[];
}

const itemsOf = (page: DeltaPage): Item[] => (page.value ?? []).filter((raw) => !raw.deleted).map(toItem);
const deletedOf = (page: DeltaPage): string[] => (page.value ?? []).filter((raw) => raw.deleted).map((raw) => String(raw.id));
