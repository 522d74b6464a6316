import { existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { ColumnDef } from './columns';
import type { CompiledFilter } from './filter';

/**
 * SQLite storage. WAL with synchronous=FULL and one transaction per write means a crash
 * (even SIGKILL mid-request) leaves either the whole write or none of it. Statements are
 * prepared once; filters with the same shape reuse a cached statement.
 *
 * Items keep their column values as one JSON object; an indexed column gets an expression
 * index on json_extract(fields, '$."Name"'), which is what makes indexed filters fast.
 * The `changes` table keeps one row per item (its latest change, monotonic `seq`), which
 * is all delta needs: latest state per item, and tombstones for deleted ones.
 */

export interface SiteRow {
  id: string;
  hostname: string;
  path: string;
  name: string;
  displayName: string;
  description: string;
  created: string;
  modified: string;
  isRoot: boolean;
  groupId: string | null;
}

export interface ListRow {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  createdBy: string;
  modifiedBy: string;
  itemCount: number;
}

export interface ItemRow {
  listId: string;
  id: number;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
  author: string;
  editor: string;
}

export interface ItemPageQuery {
  filter?: CompiledFilter;
  afterId?: number;
  order?: { expr: string; descending: boolean; offset: number };
  limit: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY, hostname TEXT NOT NULL, path TEXT NOT NULL, name TEXT NOT NULL,
  display_name TEXT NOT NULL, description TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
  is_root INTEGER NOT NULL, group_id TEXT);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, name TEXT NOT NULL, display_name TEXT NOT NULL,
  description TEXT NOT NULL, template TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
  created_by TEXT NOT NULL, modified_by TEXT NOT NULL, next_item_id INTEGER NOT NULL, item_count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS lists_site ON lists(site_id);
CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL, position INTEGER NOT NULL, def TEXT NOT NULL, PRIMARY KEY (list_id, position));
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL, id INTEGER NOT NULL, guid TEXT NOT NULL, version INTEGER NOT NULL,
  fields TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, author TEXT NOT NULL, editor TEXT NOT NULL,
  PRIMARY KEY (list_id, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, list_id TEXT NOT NULL, item_id INTEGER NOT NULL, UNIQUE (list_id, item_id));
CREATE INDEX IF NOT EXISTS changes_list_seq ON changes(list_id, seq);
`;

type Row = Record<string, unknown>;

/** sqlite_stat1 figures: rows in the table, rows per list_id, rows per (list_id, value). */
const STAT_PRIMARY_KEY = '1000000 10000 1';
const STAT_FIELD_INDEX = '1000000 10000 10';

export function fieldExpr(name: string): string {
  // Names are validated to [A-Za-z0-9_] before they get here, so embedding is safe.
  return `json_extract(fields, '$."${name}"')`;
}

function indexName(name: string): string {
  // SQLite index names are case-insensitive while field names are not: add a hash.
  return `ix_field_${name}_${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;
}

function prepareStatements(db: Database.Database) {
  const p = (sql: string): Database.Statement => db.prepare(sql);
  return {
    siteById: p('SELECT * FROM sites WHERE lower(id) = lower(?)'),
    rootSite: p('SELECT * FROM sites WHERE is_root = 1 LIMIT 1'),
    siteByPath: p('SELECT * FROM sites WHERE lower(hostname) = lower(?) AND lower(path) = lower(?)'),
    siteByGroup: p('SELECT * FROM sites WHERE lower(group_id) = lower(?)'),
    insertSite: p(`INSERT INTO sites (id, hostname, path, name, display_name, description, created, modified, is_root, group_id)
      VALUES (@id, @hostname, @path, @name, @displayName, @description, @created, @modified, @isRoot, @groupId)`),
    listsOfSite: p('SELECT * FROM lists WHERE site_id = ? ORDER BY created, id'),
    listById: p('SELECT * FROM lists WHERE site_id = ? AND lower(id) = lower(?)'),
    listByTitle: p('SELECT * FROM lists WHERE site_id = ? AND (lower(display_name) = lower(?) OR lower(name) = lower(?))'),
    insertList: p(`INSERT INTO lists (id, site_id, name, display_name, description, template, created, modified, created_by, modified_by, next_item_id, item_count)
      VALUES (@id, @siteId, @name, @displayName, @description, @template, @created, @modified, @createdBy, @modifiedBy, 1, 0)`),
    touchList: p('UPDATE lists SET modified = ?, modified_by = ? WHERE id = ?'),
    allocateItem: p(`UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1, modified = ?, modified_by = ?
      WHERE id = ? RETURNING next_item_id - 1 AS id`),
    itemRemoved: p('UPDATE lists SET item_count = item_count - 1, modified = ?, modified_by = ? WHERE id = ?'),
    columnsOfList: p('SELECT def FROM columns WHERE list_id = ? ORDER BY position'),
    insertColumn: p('INSERT INTO columns (list_id, position, def) VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM columns WHERE list_id = ?), ?)'),
    updateColumn: p("UPDATE columns SET def = ? WHERE list_id = ? AND json_extract(def, '$.id') = ?"),
    item: p('SELECT * FROM items WHERE list_id = ? AND id = ?'),
    insertItem: p(`INSERT INTO items (list_id, id, guid, version, fields, created, modified, author, editor)
      VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`),
    updateItem: p('UPDATE items SET version = version + 1, fields = ?, modified = ?, editor = ? WHERE list_id = ? AND id = ?'),
    deleteItem: p('DELETE FROM items WHERE list_id = ? AND id = ?'),
    recordChange: p('INSERT OR REPLACE INTO changes (list_id, item_id) VALUES (?, ?)'),
    maxSeq: p('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes'),
    changesSince: p(`SELECT c.seq AS seq, c.item_id AS changed_id, i.* FROM changes c
      LEFT JOIN items i ON i.list_id = c.list_id AND i.id = c.item_id
      WHERE c.list_id = ? AND c.seq > ? ORDER BY c.seq LIMIT ?`),
    getMeta: p('SELECT value FROM meta WHERE key = ?'),
    setMeta: p('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
  };
}

/** The database cannot be trusted; the message says what to do, with no stack trace needed. */
export class DamagedDatabaseError extends Error {
  override readonly name = 'DamagedDatabaseError';
  constructor(file: string, detail: string) {
    super(
      `The local Graph database ${file} is damaged (${detail.split('\n')[0]}). ` +
        'Nothing was changed. Restore the data folder from your backup (see tools/local-graph/README.md, "Backing up"), ' +
        'or delete the folder to start again with an empty site (npm start then loads the demo school).',
    );
  }
}

/**
 * A write-ahead log cut short (a copy taken mid-write, a full disk, a bad sector) would be
 * replayed up to the cut by SQLite without a word, silently losing acknowledged writes. A
 * valid WAL is a 32-byte header plus whole frames (24-byte frame header + one page), so a
 * length that is not a whole number of frames is refused before SQLite opens the file.
 */
function checkWal(file: string): void {
  const wal = `${file}-wal`;
  if (!existsSync(wal)) return;
  const size = statSync(wal).size;
  if (size === 0) return;
  const header = Buffer.alloc(32);
  const fd = openSync(wal, 'r');
  try {
    readSync(fd, header, 0, 32, 0);
  } finally {
    closeSync(fd);
  }
  const pageSize = size >= 32 ? header.readUInt32BE(8) : 0;
  const whole = size >= 32 && pageSize >= 512 && (size - 32) % (24 + pageSize) === 0;
  if (!whole) throw new DamagedDatabaseError(file, `its write-ahead log ${wal} is truncated: ${size} bytes is not a whole number of frames`);
}

export class Store {
  readonly db: Database.Database;
  private readonly columnCache = new Map<string, ColumnDef[]>();
  private readonly dynamic = new Map<string, Database.Statement>();
  private readonly s: ReturnType<typeof prepareStatements>;
  /** One transaction wrapper, made once (creating one per call is measurable in bulk loads). */
  private readonly runInTx: (fn: () => unknown) => unknown;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'graph.sqlite');
    checkWal(file);
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      const check = this.db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
    } catch (err) {
      throw new DamagedDatabaseError(file, err instanceof Error ? err.message : String(err));
    }
    // Every acknowledged write is on disk before its answer is sent: refuse to run otherwise.
    if (this.db.pragma('synchronous', { simple: true }) !== 2) throw new Error('SQLite did not accept synchronous=FULL.');
    this.db.exec(SCHEMA);
    this.pinPlannerStats();
    this.runInTx = this.db.transaction((fn: () => unknown) => fn());
    this.s = prepareStatements(this.db);
  }

  /** Runs fn in a transaction; nested calls become savepoints (used by $batch). */
  tx<T>(fn: () => T): T {
    return (this.runInTx as (f: () => T) => T)(fn);
  }


  close(): void {
    this.db.close();
  }

  getMeta(key: string): string | undefined {
    return (this.s.getMeta.get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.s.setMeta.run(key, value);
  }

  // --- sites -------------------------------------------------------------------------

  getSite(id: string): SiteRow | undefined {
    return toSite(this.s.siteById.get(id) as Row | undefined);
  }

  getRootSite(): SiteRow | undefined {
    return toSite(this.s.rootSite.get() as Row | undefined);
  }

  getSiteByPath(hostname: string, path: string): SiteRow | undefined {
    return toSite(this.s.siteByPath.get(hostname, path) as Row | undefined);
  }

  getSiteByGroup(groupId: string): SiteRow | undefined {
    return toSite(this.s.siteByGroup.get(groupId) as Row | undefined);
  }

  insertSite(site: SiteRow): void {
    this.s.insertSite.run({ ...site, isRoot: site.isRoot ? 1 : 0 });
  }

  // --- lists -------------------------------------------------------------------------

  listsOfSite(siteId: string): ListRow[] {
    return (this.s.listsOfSite.all(siteId) as Row[]).map((r) => toList(r)!);
  }

  /** By id, else by display name or URL name, as Graph accepts `lists/{list-title}`. */
  findList(siteId: string, idOrTitle: string): ListRow | undefined {
    return toList((this.s.listById.get(siteId, idOrTitle) ?? this.s.listByTitle.get(siteId, idOrTitle, idOrTitle)) as Row | undefined);
  }

  insertList(list: Omit<ListRow, 'itemCount'>, columns: ColumnDef[]): void {
    this.s.insertList.run(list);
    for (const col of columns) this.insertColumn(list.id, col);
  }

  touchList(listId: string, now: string, upn: string): void {
    this.s.touchList.run(now, upn, listId);
  }

  // --- columns -----------------------------------------------------------------------

  columns(listId: string): ColumnDef[] {
    let cached = this.columnCache.get(listId);
    if (!cached) {
      cached = (this.s.columnsOfList.all(listId) as { def: string }[]).map((r) => JSON.parse(r.def) as ColumnDef);
      this.columnCache.set(listId, cached);
    }
    return cached;
  }

  insertColumn(listId: string, col: ColumnDef): void {
    this.s.insertColumn.run(listId, listId, JSON.stringify(col));
    this.columnCache.delete(listId);
    if (col.indexed) this.ensureIndex(col.name);
  }

  updateColumn(listId: string, col: ColumnDef): void {
    this.s.updateColumn.run(JSON.stringify(col), listId, col.id);
    this.columnCache.delete(listId);
    if (col.indexed) this.ensureIndex(col.name);
  }

  private ensureIndex(name: string): void {
    // One index per field name serves every list (list_id leads the key).
    const index = indexName(name);
    this.db.exec(`CREATE INDEX IF NOT EXISTS "${index}" ON items (list_id, ${fieldExpr(name)} COLLATE NOCASE)`);
    this.db.prepare(`INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', ?, ?)`).run(index, STAT_FIELD_INDEX);
    this.db.exec('ANALYZE sqlite_schema');
  }

  /**
   * Without statistics SQLite prefers walking a list's primary key in id order over an
   * expression index, which turns an indexed filter into a scan of the list. Fixed
   * statistics ("lists are large, indexed values selective") make the planner use the
   * indexes whatever the data looks like; `ANALYZE sqlite_schema` reloads them.
   */
  private pinPlannerStats(): void {
    this.db.exec('ANALYZE meta'); // creates sqlite_stat1 cheaply
    const put = this.db.prepare(`INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES ('items', ?, ?)`);
    put.run('items', STAT_PRIMARY_KEY);
    const indexes = this.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'items' AND name LIKE 'ix_field_%'`).all() as { name: string }[];
    for (const { name } of indexes) put.run(name, STAT_FIELD_INDEX);
    this.db.exec('ANALYZE sqlite_schema');
  }

  // --- items -------------------------------------------------------------------------

  getItem(listId: string, id: number): ItemRow | undefined {
    return toItem(this.s.item.get(listId, id) as Row | undefined);
  }

  insertItem(listId: string, guid: string, fields: Record<string, unknown>, upn: string, now: string): ItemRow {
    const { id } = this.s.allocateItem.get(now, upn, listId) as { id: number };
    this.s.insertItem.run(listId, id, guid, JSON.stringify(fields), now, now, upn, upn);
    this.s.recordChange.run(listId, id);
    return { listId, id, guid, version: 1, fields, created: now, modified: now, author: upn, editor: upn };
  }

  updateItem(item: ItemRow, fields: Record<string, unknown>, upn: string, now: string): ItemRow {
    this.s.updateItem.run(JSON.stringify(fields), now, upn, item.listId, item.id);
    this.s.touchList.run(now, upn, item.listId);
    this.s.recordChange.run(item.listId, item.id);
    return { ...item, version: item.version + 1, fields, modified: now, editor: upn };
  }

  deleteItem(item: ItemRow, upn: string, now: string): void {
    this.s.deleteItem.run(item.listId, item.id);
    this.s.itemRemoved.run(now, upn, item.listId);
    this.s.recordChange.run(item.listId, item.id);
  }

  /** One page of items in id order (keyset paging), or in $orderby order (offset paging). */
  queryItems(listId: string, q: ItemPageQuery): ItemRow[] {
    const where = ['list_id = ?'];
    const params: unknown[] = [listId];
    if (q.filter) {
      where.push(q.filter.sql);
      params.push(...q.filter.params);
    }
    let tail: string;
    if (q.order) {
      const dir = q.order.descending ? 'DESC' : 'ASC';
      tail = `ORDER BY ${q.order.expr} COLLATE NOCASE ${dir}, id ${dir} LIMIT ? OFFSET ?`;
      params.push(q.limit, q.order.offset);
    } else {
      if (q.afterId !== undefined) {
        where.push('id > ?');
        params.push(q.afterId);
      }
      tail = 'ORDER BY id LIMIT ?';
      params.push(q.limit);
    }
    const sql = `SELECT * FROM items WHERE ${where.join(' AND ')} ${tail}`;
    return (this.statement(sql).all(...params) as Row[]).map((r) => toItem(r)!);
  }

  /**
   * Another item of the list holding `value` in column `name` (text compared without case, as
   * SharePoint does), for enforceUniqueValues. Served by the column's index when it has one.
   */
  findDuplicate(listId: string, name: string, value: unknown, exceptId: number): number | undefined {
    const sql = `SELECT id FROM items WHERE list_id = ? AND ${fieldExpr(name)} = ? COLLATE NOCASE AND id <> ? LIMIT 1`;
    return (this.statement(sql).get(listId, typeof value === 'boolean' ? Number(value) : value, exceptId) as { id: number } | undefined)?.id;
  }

  /** Counts matches, stopping at `cap` so a threshold check never scans a whole large list. */
  countItems(listId: string, filter: CompiledFilter | undefined, cap: number): number {
    const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 FROM items WHERE list_id = ?${filter ? ` AND ${filter.sql}` : ''} LIMIT ?)`;
    return (this.statement(sql).get(listId, ...(filter?.params ?? []), cap) as { n: number }).n;
  }

  /** Query plan text, so tests can prove an indexed filter uses its index. */
  explainItems(listId: string, filter: CompiledFilter): string {
    const sql = `EXPLAIN QUERY PLAN SELECT * FROM items WHERE list_id = ? AND ${filter.sql} ORDER BY id LIMIT 1`;
    return (this.db.prepare(sql).all(listId, ...filter.params) as { detail: string }[]).map((r) => r.detail).join('\n');
  }

  // --- changes (delta) ---------------------------------------------------------------

  maxSeq(): number {
    return (this.s.maxSeq.get() as { seq: number }).seq;
  }

  /** Items changed after `since`, in change order; `item` undefined means deleted. */
  changesSince(listId: string, since: number, limit: number): { seq: number; itemId: number; item?: ItemRow }[] {
    return (this.s.changesSince.all(listId, since, limit) as Row[]).map((r) => ({
      seq: r.seq as number,
      itemId: r.changed_id as number,
      item: r.id === null ? undefined : toItem({ ...r, list_id: listId }),
    }));
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.dynamic.get(sql);
    if (!stmt) {
      if (this.dynamic.size > 500) this.dynamic.clear();
      stmt = this.db.prepare(sql);
      this.dynamic.set(sql, stmt);
    }
    return stmt;
  }
}

function toSite(r: Row | undefined): SiteRow | undefined {
  if (!r) return undefined;
  return {
    id: r.id as string,
    hostname: r.hostname as string,
    path: r.path as string,
    name: r.name as string,
    displayName: r.display_name as string,
    description: r.description as string,
    created: r.created as string,
    modified: r.modified as string,
    isRoot: r.is_root === 1,
    groupId: (r.group_id as string | null) ?? null,
  };
}

function toList(r: Row | undefined): ListRow | undefined {
  if (!r) return undefined;
  return {
    id: r.id as string,
    siteId: r.site_id as string,
    name: r.name as string,
    displayName: r.display_name as string,
    description: r.description as string,
    template: r.template as string,
    created: r.created as string,
    modified: r.modified as string,
    createdBy: r.created_by as string,
    modifiedBy: r.modified_by as string,
    itemCount: r.item_count as number,
  };
}

function toItem(r: Row | undefined): ItemRow | undefined {
  if (!r) return undefined;
  return {
    listId: r.list_id as string,
    id: r.id as number,
    guid: r.guid as string,
    version: r.version as number,
    fields: JSON.parse(r.fields as string) as Record<string, unknown>,
    created: r.created as string,
    modified: r.modified as string,
    author: r.author as string,
    editor: r.editor as string,
  };
}
