// Downloaded bytes whose digest is not the one the build or installer pinned for them: the tool
// fetched what it asked for, got an answer (200), and refused it because the content is not what
// it was when the checksum was recorded. The peer serving it changed those bytes — a release
// asset re-uploaded, an archive the host regenerates on request (GitHub's source tarballs when
// its git upgrade changed their compression on 30 January 2023, bazelbuild/bazel#17357), a
// package re-published — or a proxy between them rewrote them. Each tool's own words:
//  - Bazel's downloader: `Checksum was <hash> but wanted <hash>` (its UnrecoverableHttpException);
//  - npm (ssri): `… integrity checksum failed when using sha512: wanted sha512-… but got sha512-…`,
//    code EINTEGRITY;
//  - Homebrew and many install scripts: `SHA256 mismatch` (`Expected:` / `Actual:` below it);
//  - the Go command: `verifying <module>@<version>: checksum mismatch` (go.sum against the download);
//  - pip's hash-checking mode: `THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE`.
// Not a checksum over data the service holds itself: PostgreSQL's `page verification failed,
// calculated checksum … but expected …` is a corrupt page of its own disk, Kafka's `Record is
// corrupt (stored crc = …)` a corrupt record, neither a peer's changed answer.
export const PINNED_DIGEST_MISMATCH =
  /\bChecksum was \S{8,} but wanted \S{8,}|\bintegrity checksum failed when using sha\d+|\bEINTEGRITY\b|\bSHA-?(?:1|256|384|512) mismatch\b|\bverifying \S{3,200}: checksum mismatch|\bDO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE\b/i;
