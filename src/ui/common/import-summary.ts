import type { ImportPreview } from '../../domain/import';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "22 rows ready to add, 2 waiting for your decision, …": what the file holds, in one sentence. */
export function importSummary(counts: ImportPreview['counts']): string {
  const parts = [
    plural(counts.accepted, 'row ready to add', 'rows ready to add'),
    counts['needs-decision'] ? `${plural(counts['needs-decision'], 'row waits', 'rows wait')} for your decision` : '',
    counts.duplicate ? `${plural(counts.duplicate, 'duplicate', 'duplicates')} left out` : '',
    counts.rejected ? `${plural(counts.rejected, 'row', 'rows')} Waypoint could not read` : '',
    counts.skipped ? `${plural(counts.skipped, 'blank row', 'blank rows')} skipped` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}
