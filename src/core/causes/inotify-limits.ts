// inotify's per-user limits, which the kernel reports with the words of other shortages. Adding a
// watch past fs.inotify.max_user_watches fails with ENOSPC, `no space left on device`, and creating
// an inotify instance past fs.inotify.max_user_instances (128 by default) with EMFILE, `too many
// open files` (inotify_add_watch(2), inotify_init(2), which returns the same EMFILE at the process'
// own descriptor limit); fsnotify, the file watcher of Go's programs, returns both errnos as they
// are (its notes on Linux: 'Reaching the limit will result in a "no space left on device" or "too
// many open files" error'), and so do libuv (Node's `watch ENOSPC`), notify-rs and pyinotify.
// Neither is the disk nor the process' descriptors: df shows room (grafana/agent#6588: `msg="error
// adding directory to watcher" error="no space left on device"` with every disk and inode table far
// from full; splitbrain/Watcher#23, notify-rs/notify#103), and raising ulimit -n does not help a
// watcher that cannot be created (grafana/agent#1844: `add config file … to watcher: create
// watcher: too many open files`). The limits count every watch and instance of one user on the host
// — all its processes and, without user namespaces, all containers running as that uid on a node —
// and a watcher that is never closed keeps its watches (purpleidea/mgmt#1: 'Does this indicate a
// leak?').
//
// Some runtimes name the limit themselves: .NET's FileSystemWatcher on Linux (`The configured user
// limit (128) on the number of inotify instances has been reached, or the per-process limit on
// the number of open file descriptors has been reached.`, thrown from StartRaisingEvents — every
// IConfiguration built with reloadOnChange takes one instance: dotnet/aspnetcore#7531, pods
// running as one uid on a node; and `… on the number of inotify watches has been reached`),
// Python's watchdog (`inotify instance limit reached`, `inotify watch limit reached`) and Node's
// `ENOSPC: System limit for number of file watchers reached`.
//
// Otherwise read only where the words around the errno say a watch was being made: inotify's and
// fsnotify's names, inotify_add_watch and inotify_init, a watcher or a `watch <path>` before the
// errno on the same line, with no file operation on a path between (`watcher: write /x: no space
// left on device` is a disk's). A watch word inside a path or a file name (`/srv/watcher/db`,
// `caller=watcher.go:88`) is not one.

/** A word that says a watch or a watcher was being made, not one inside a path or a file name. */
const WATCH_WORD = String.raw`(?<![\/\\\w.-])(?:inotify_add_watch|inotify_init1?|inotify|fsnotify(?:\.NewWatcher)?|NewWatcher|add_?watch|watcher|watch(?:ing)?)\b(?![\/\\.])`;
/** Up to 200 characters on the line, with no file operation on a path among them. */
const BETWEEN = String.raw`(?:(?!\b(?:write|open|openat|create|creat|mkdir|rename|sync|fsync|flush|copy|truncate|read|stat|lstat|unlink|remove) \/)[^\n]){0,200}?`;

/** A watch refused at fs.inotify.max_user_watches: ENOSPC where a watch was being added. */
export const INOTIFY_WATCH_LIMIT = new RegExp(String.raw`${WATCH_WORD}${BETWEEN}(?:\bno space left on device\b|\bENOSPC\b)|\bSystem limit for number of file watchers reached\b|\bon the number of inotify watches has been reached\b|\binotify watch limit reached\b`, 'i');

/** An inotify instance refused at fs.inotify.max_user_instances: EMFILE where a watcher was being created. */
export const INOTIFY_INSTANCE_LIMIT = new RegExp(String.raw`(?<![\/\\\w.-])(?:inotify_init1?|fsnotify(?:\.NewWatcher)?|NewWatcher|(?:create|creating|new) (?:a |an |the )?(?:fsnotify |inotify |file )?watcher)\b(?![\/\\.])${BETWEEN}(?:\btoo many open files\b|\bEMFILE\b)|\bon the number of inotify instances has been reached\b|\binotify instance limit reached\b`, 'i');

/** The resources, as the exhaustion rule names them. */
export const INOTIFY_WATCHES = 'inotify watches (fs.inotify.max_user_watches)';
export const INOTIFY_INSTANCES = 'inotify instances (fs.inotify.max_user_instances)';

/** What to do about inotify's watch limit reached. */
export function inotifyWatchesFix(service: string): string {
  return `The kernel refuses ${service} a new inotify watch with ENOSPC, its words for a full disk, though no disk is full: count the watches on the host (the inotify entries under /proc/*/fdinfo, per process) against fs.inotify.max_user_watches (8192 by default before Linux 5.11) — they are shared by every process of the same user on the host, and by every container running as that uid on a node. Close the watchers of sessions or directories that are gone (a watcher never closed keeps its watches until the process exits), watch fewer directories (a parent rather than every subdirectory), and raise fs.inotify.max_user_watches (sysctl, and /etc/sysctl.d to keep it) to what the trees watched need.`;
}

/** What to do about inotify's instance limit reached. */
export function inotifyInstancesFix(service: string): string {
  return `The kernel refuses ${service} a new inotify instance (a watcher) with EMFILE, its words for too many open files, which is most often not the process' descriptors (the same EMFILE comes when those are at ulimit -n: lsof -p tells which): count the inotify instances of the user on the host (the anon_inode:inotify links under /proc/*/fd) against fs.inotify.max_user_instances (128 by default), which every process of the same user, and every container running as that uid on a node, share. Close watchers that are no longer used and share one watcher per process rather than one per file, tenant or request (in .NET every IConfiguration built with reloadOnChange: true holds one; build it once, or turn reloading off where nothing needs it: DOTNET_hostBuilder__reloadConfigOnChange=false), and raise fs.inotify.max_user_instances (sysctl, and /etc/sysctl.d to keep it); ulimit -n does not raise it.`;
}
