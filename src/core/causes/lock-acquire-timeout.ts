// A lock the service waited for and did not get in time, in the words of the tools that say so
// with a timeout rather than a failure: the Prisma CLI's migrate takes a PostgreSQL advisory lock
// so that two migrations never run at once, and waits 10 s for it before giving up with `P1002 …
// Context: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369))`
// (palhinhax/TheBate#48; prisma.io's migrate advisory-locking page names another migrate holding
// it). Its P1002 otherwise says only that the database `was reached but timed out`, a slow
// database, and stays the network's reading: the lock is what its context adds. The object must
// be a lock — `Timed out trying to acquire a connection` is a pool's, not a lock's.

/** A timeout while acquiring a named lock (advisory, table, row, file or a tool's own). */
export const LOCK_ACQUIRE_TIMED_OUT = /\b(?:Timed out|Timeout|Time-out) (?:while )?(?:trying to |waiting to |waiting for )?(?:acquire|acquiring|obtain|obtaining|get|getting|take|taking) (?:the |a |an )?(?:[\w-]+ ){0,2}lock(?![\w-])/i;
