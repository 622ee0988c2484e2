// ENOSPC met while creating a file, not while writing to one. A new file needs a free inode as well
// as blocks, and the kernel answers both shortages with the same errno: open(2) lists ENOSPC as
// 'pathname was to be created but the device containing pathname has no room for the new file',
// mkdir(2) as 'the new directory cannot be created because … the filesystem has no room for it'
// (inodes among what it lacks), while write(2)'s ENOSPC is 'no room for the data'. A filesystem
// whose many small files (a cache kept as one file per entry, sessions, temporary files nothing
// removes) used every inode refuses new files with blocks still free: `df -h` shows room, `df -i`
// shows 100% (docs/diagnosis.md, resource-exhaustion). Each runtime names the call it failed in:
//  - Ruby: `No space left on device @ rb_sysopen - <path>` (File.open, Tempfile), `@ dir_s_mkdir`;
//  - Node: `ENOSPC: no space left on device, open '<path>'` (and mkdir, mkdtemp, link, symlink);
//  - Go's *fs.PathError: `open <path>: no space left on device` (and mkdir, createtemp, mkdirtemp);
//  - Python: `[Errno 28] No space left on device: '<path>'` (an OSError with a filename: an
//    operation on a path; a failed write has none);
//  - Java: `FileNotFoundException: <path> (No space left on device)` (FileOutputStream's open);
//  - PHP: `Failed to open stream: No space left on device`, and its session handler's
//    `open(<path>, O_RDWR) failed: No space left on device (28)`;
//  - coreutils: `cannot touch '<path>': No space left on device`, `cannot create directory …`.
// Not: a write to an open file (Go's `write <path>: …`, Node's `…, write`, Ruby's `@ io_write`,
// `@ fptr_finalize_flush`), which needs blocks, nor a database extending its own files.
export const NO_ROOM_FOR_NEW_FILE =
  /No space left on device @ (?:rb_sysopen|dir_s_mkdir) - |\bENOSPC: no space left on device, (?:open|mkdir|mkdtemp|link|symlink) '|\b(?:open|mkdir|createtemp|mkdirtemp) \/[^\n:]*: no space left on device|\[Errno 28\] No space left on device: '|\bFileNotFoundException: [^\n]*\(No space left on device\)|\bfailed to open stream: No space left on device|\bopen\([^\n)]*\) failed: No space left on device|\bcannot (?:touch|create (?:regular file|directory)) [^\n]*: No space left on device/i;
