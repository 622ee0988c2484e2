// Checks an LMDB data file before it is memory-mapped. LMDB trusts the file it maps: a
// truncated file faults (SIGBUS) when a page past its end is touched, and a file that is not
// LMDB at all, or whose pages were zeroed, makes it follow garbage page numbers (SIGSEGV) or
// trip an assertion (SIGABRT) — the process dies natively, with no error to catch. Reading a
// few pages with ordinary file I/O first turns those cases into an error naming the file.
//
// The layout is LMDB's own (lmdb-js bundles it; liblmdb's mdb.c, `MDB_page_header`,
// `MDB_meta`, `MDB_db`, `MDB_node`), for 64-bit builds:
//   page header (24 bytes): pgno u64, txnid u64, pad u16, flags u16, lower u16, upper u16
//   meta, after the header: magic u32 (0xBEEFC0DE), version u32, address u64, mapsize u64,
//     dbs[2] (free, main) of MDB_db (48 bytes: pad u32 — the page size in dbs[0] —, flags
//     u16, depth u16, branch/leaf/overflow pages u64 ×3, entries u64, root u64),
//     last_pg u64, txnid u64.
// Page 0 and page 1 each hold a meta; the one with the larger txnid is current (with
// overlapping sync a third copy sits at half a page, read the same way).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StoreFileError } from '../../core/store-errors.js';

const MAGIC = 0xbeefc0de;
/** MDB_DATA_VERSION of the LMDB lmdb-js 3 bundles. */
const DATA_VERSION = 2;
const PAGE_HEADER = 24;
const P_BRANCH = 0x01;
const P_LEAF = 0x02;
const P_META = 0x08;
/** MDB_node flag: the node's data is a named database's MDB_db record. */
const F_SUBDATA = 0x02;
/** P_INVALID: an empty tree has no root. */
const NO_PAGE = 0xffffffffffffffffn;
const DB_RECORD = 48;

/** The class lives in core/store-errors.ts with the other store errors. */
export { StoreFileError };

interface Meta {
  pageSize: number;
  lastPage: bigint;
  txnid: bigint;
  roots: { free: bigint; main: bigint; mainDepth: number };
}

function readMeta(buf: Buffer, at: number): Meta | string {
  if (buf.length < at + PAGE_HEADER + 160) return 'too short for an LMDB meta page';
  const m = at + PAGE_HEADER;
  if (buf.readUInt32LE(m) !== MAGIC) return 'no LMDB signature (magic number) in its meta page';
  const version = buf.readUInt32LE(m + 4) & 0xffff;
  if (version !== DATA_VERSION) return `LMDB data version ${version}, this Rounds reads version ${DATA_VERSION}`;
  const dbs = m + 24;
  return {
    pageSize: buf.readUInt32LE(dbs),
    roots: { free: buf.readBigUInt64LE(dbs + 40), main: buf.readBigUInt64LE(dbs + DB_RECORD + 40), mainDepth: buf.readUInt16LE(dbs + DB_RECORD + 6) },
    lastPage: buf.readBigUInt64LE(dbs + 2 * DB_RECORD),
    txnid: buf.readBigUInt64LE(dbs + 2 * DB_RECORD + 8),
  };
}

/**
 * Throws StoreFileError when `file` (an existing LMDB data file) cannot be mapped safely. What
 * it proves: the meta pages are LMDB's, of the version this build reads, every page the
 * current meta counts is inside the file, and the roots of the free-page tree, the main tree
 * and every named table are tree pages that name themselves. Damage deeper inside a tree is
 * not looked for (that would mean reading the whole file at every start).
 */
export function checkStoreFile(file: string): void {
  // The file is read with plain reads, not as an LMDB reader, so a server writing it meanwhile may
  // commit twice between the meta page read here and a root page read after it, and reuse the old
  // root's page for new data: the check would see it "overwritten". A failure while the newest
  // transaction id moved on is that race, and the check is made again; one that holds while the
  // file stands still is damage. (The size has its own race, handled in checkStoreFileOnce: a
  // `rounds tag` beside a busy server exited 2 with "the file was truncated" in CI runs;
  // test/store/lmdb/file-check.test.ts races a real writer.)
  for (let attempt = 1; ; attempt++) {
    const seen = { txnid: -1n };
    try {
      checkStoreFileOnce(file, seen);
      return;
    } catch (error) {
      if (!(error instanceof StoreFileError) || attempt >= MAX_CHECKS || seen.txnid < 0n || newestTxnid(file) === seen.txnid) throw error;
    }
  }
}

/** Checks made of a file whose newest transaction keeps moving while it is checked, before its failure is believed. */
const MAX_CHECKS = 5;

/** The newest transaction id the file's meta pages hold, or -1 when they cannot be read. */
function newestTxnid(file: string): bigint {
  const fd = openSync(file, 'r');
  try {
    const current = currentMeta(reader(fd), fstatSync(fd).size);
    return typeof current === 'string' ? -1n : current.txnid;
  } finally {
    closeSync(fd);
  }
}

type Read = (offset: number, length: number) => Buffer;

function reader(fd: number): Read {
  return (offset, length) => {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  };
}

/**
 * The current meta (the one with the newest transaction id among page 0, page 1 and, with
 * overlapping sync, the copy at half a page), or what is wrong with the meta pages.
 */
function currentMeta(read: Read, size: number): Meta | string {
  const page0 = read(0, 512);
  const first = readMeta(page0, 0);
  if (typeof first === 'string') return first;
  if ((page0.readUInt16LE(18) & P_META) === 0) return 'page 0 is not an LMDB meta page';
  const pageSize = first.pageSize;
  if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) return `implausible page size ${pageSize}`;
  if (size < 2 * pageSize) return `${size} bytes, shorter than its two meta pages (the file was truncated)`;
  let current = first;
  for (const at of [pageSize, pageSize / 2]) {
    const meta = readMeta(read(at, 512), 0);
    if (typeof meta === 'string') {
      // The half-page copy exists only with overlapping sync; page 1 must always be a meta.
      if (at === pageSize) return `meta page 1: ${meta}`;
      continue;
    }
    if (meta.pageSize !== pageSize) return 'its meta pages disagree on the page size';
    if (meta.txnid > current.txnid) current = meta;
  }
  return current;
}

function checkStoreFileOnce(file: string, seen: { txnid: bigint }): void {
  const fd = openSync(file, 'r');
  try {
    // The size is taken again after the meta pages are read: LMDB writes a commit's pages (growing
    // the file) before the meta page that counts them, so a size taken after the meta holds every
    // page it counts, while one taken before may miss a commit that grew the file in between.
    let size = fstatSync(fd).size;
    const read = reader(fd);
    if (size === 0) throw new StoreFileError(file, 'the file is empty');
    const current = currentMeta(read, size);
    if (typeof current === 'string') throw new StoreFileError(file, current);
    const pageSize = current.pageSize;
    seen.txnid = current.txnid;
    size = fstatSync(fd).size;
    const pages = BigInt(Math.floor(size / pageSize));
    if (current.lastPage >= pages) {
      throw new StoreFileError(file, `${size} bytes hold ${pages} pages but the store uses ${current.lastPage + 1n} (the file was truncated)`);
    }
    const checkTreeRoot = (root: bigint, what: string): Buffer | undefined => {
      if (root === NO_PAGE) return undefined;
      if (root > current.lastPage || root < 2n) throw new StoreFileError(file, `the root page of ${what} (${root}) is outside the store`);
      const page = read(Number(root) * pageSize, pageSize);
      if (page.length < pageSize) throw new StoreFileError(file, `the root page of ${what} is past the end of the file`);
      const flags = page.readUInt16LE(18);
      if (page.readBigUInt64LE(0) !== root || (flags & (P_BRANCH | P_LEAF)) === 0) {
        throw new StoreFileError(file, `the root page of ${what} (${root}) is damaged (zeroed or overwritten)`);
      }
      return page;
    };
    checkTreeRoot(current.roots.free, 'the free-page list');
    const main = checkTreeRoot(current.roots.main, 'the table directory');
    // Named tables are records in the main tree; Rounds keeps about ten, so that tree is one
    // leaf page and each record's MDB_db gives a table's root.
    if (main && current.roots.mainDepth === 1 && (main.readUInt16LE(18) & P_LEAF) !== 0) {
      // mp_lower counts the bytes of the node-offset array after the header (PAGEBASE).
      const count = main.readUInt16LE(20) >> 1;
      for (let i = 0; i < count; i++) {
        const node = PAGE_HEADER + main.readUInt16LE(PAGE_HEADER + 2 * i);
        if (node + 8 > pageSize) throw new StoreFileError(file, 'the table directory page is damaged');
        const flags = main.readUInt16LE(node + 4);
        const keySize = main.readUInt16LE(node + 6);
        const dataSize = main.readUInt16LE(node) | (main.readUInt16LE(node + 2) << 16);
        if ((flags & F_SUBDATA) === 0 || dataSize < DB_RECORD || node + 8 + keySize + DB_RECORD > pageSize) continue;
        const name = main.toString('utf8', node + 8, node + 8 + keySize);
        checkTreeRoot(main.readBigUInt64LE(node + 8 + keySize + 40), `table "${name}"`);
      }
    }
  } finally {
    closeSync(fd);
  }
}
