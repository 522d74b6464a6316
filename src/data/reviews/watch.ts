import { executeBatch } from '../../graph/batch';
import { foldDeltaPage, listDelta } from '../../graph/delta';
import { type Item, type ItemsPage, itemsPath } from '../../graph/list-items';
import type { AgreedBestFit, ReflectionEntry, Review } from '../../domain/review/types';
import type { Versioned } from '../../shared/versioned';
import { type DataContext, listRef } from '../data-context';
import { type Codec, fromItems } from '../save';
import { bestFitCodec, reflectionCodec, reviewCodec } from './repository';

/** What changed in one list since the previous poll. */
export interface ListChanges<T> {
  readonly changed: readonly Versioned<T>[];
  readonly deletedItemIds: readonly string[];
  /** A full enumeration (the first poll, or the service reset the delta): replace, do not merge. */
  readonly resynced: boolean;
}

/** What changed in the three review lists since the previous poll. */
export interface ReviewChanges {
  readonly reviews: ListChanges<Review>;
  readonly reflections: ListChanges<ReflectionEntry>;
  readonly bestFits: ListChanges<AgreedBestFit>;
}

/**
 * Incremental refresh of the review lists: `start` takes the lists' current position (before the review is
 * read, so nothing in between is missed); each `poll` then returns what changed since (one request while
 * nothing does).
 */
export interface ReviewWatcher {
  start(): Promise<void>;
  poll(): Promise<ReviewChanges>;
}

/**
 * The three review lists watched in ONE $batch of delta queries per poll, so an idle client costs one request
 * per tick. `start` takes each list's current position (`token=latest`, no enumeration). A page with a
 * nextLink (many changes at once) is followed to its deltaLink; an expired link (410) means a full resync.
 */
export function watchReviewLists(context: DataContext): ReviewWatcher {
  const codecs = [reviewCodec, reflectionCodec, bestFitCodec] as const;
  const links = new Map<string, string>();
  const latestUrl = (codec: Pick<Codec<unknown>, 'list' | 'select'>): string =>
    `${itemsPath(listRef(context, codec.list))}/delta?token=latest&$expand=fields($select=${codec.select.join(',')})`;

  async function round(fresh: boolean): Promise<(ItemsPage | 'expired')[]> {
    const urls = codecs.map((c) => {
      const link = links.get(c.list);
      return !fresh && link ? context.graph.toRelative(link) : latestUrl(c);
    });
    const answers = await executeBatch(context.graph, urls.map((url) => ({ method: 'GET' as const, url })));
    return answers.map((answer) => {
      if (answer.ok) return (answer.body ?? {}) as ItemsPage;
      if (answer.status === 410) return 'expired';
      throw answer.error;
    });
  }

  async function changesOf<T>(codec: Codec<T>, page: ItemsPage | 'expired'): Promise<ListChanges<T>> {
    const changed = new Map<string, Item>();
    const deleted = new Set<string>();
    if (page !== 'expired') foldDeltaPage(page, changed, deleted);
    const nextLink = page !== 'expired' ? page['@odata.nextLink'] : undefined;
    if (page === 'expired' || nextLink) {
      const rest = await listDelta(context.graph, listRef(context, codec.list), {
        select: codec.select,
        ...(nextLink ? { deltaLink: nextLink } : {}),
      });
      links.set(codec.list, rest.deltaLink);
      // The link had expired after all: the rest is the whole list.
      if (rest.resynced) {
        changed.clear();
        deleted.clear();
      }
      // The first page's items, then the rest: where an item appears twice, the later word wins.
      for (const item of rest.changed) {
        deleted.delete(item.id);
        changed.delete(item.id);
        changed.set(item.id, item);
      }
      for (const id of rest.deletedItemIds) {
        changed.delete(id);
        deleted.add(id);
      }
      return { changed: fromItems([...changed.values()], codec.fromFields), deletedItemIds: [...deleted], resynced: rest.resynced };
    }
    if (page['@odata.deltaLink']) links.set(codec.list, page['@odata.deltaLink']);
    return { changed: fromItems([...changed.values()], codec.fromFields), deletedItemIds: [...deleted], resynced: false };
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
