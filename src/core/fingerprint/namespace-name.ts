// A namespace's quoted name after the word `namespace` is a value: the tenant or partition a
// record is about, which the operator or a client chose.
//
// containerd partitions its images, containers and content by namespace, each client naming its
// own (`default`, `moby` for Docker, `k8s.io` for the kubelet, anything `ctr -n` is given), and its
// CRI plugin writes `Ignoring events in namespace - %q` and `Received containerd event timestamp -
// %v, namespace - %q, topic - %q` for every event of another namespace (programs/containerd,
// server-logs-62.test.ts: `"default"`, `"team-a"`, `"team-b"`); Kubernetes quotes a namespace
// after the resource's kind as well (`namespaces "team-a" not found`). One statement writes
// every namespace there, so the name is a value however few a log has shown: kept as a word (a
// quoted name joins only at its fifth), each statement was one signature per namespace.
//
// Read only so, in a log line: `namespace` or `namespaces` (capitalised too), a dash or nothing
// between, then one quoted plain name (letters, digits, `-` and `.`; `k8s.io`). A name with an
// underscore stays the program's own identifier as after any word (isQuotedIdentifier), a name
// with a backslash is a PHP namespace, code, and the word unquoted goes on with the sentence
// (`namespace not found`, `namespace default`).
const WORDS = new Set(['namespace', 'namespaces', 'Namespace', 'Namespaces']);
const QUOTED_NAME = /^(["'])[A-Za-z0-9][A-Za-z0-9.-]{0,62}\1[,.;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is a namespace's quoted name after the word `namespace`. */
export function isNamespaceName(tokens: readonly string[], i: number): boolean {
  if (!QUOTED_NAME.test(tokens[i])) return false;
  const word = i >= 2 && tokens[i - 1] === '-' ? tokens[i - 2] : i >= 1 ? tokens[i - 1] : '';
  return WORDS.has(word.replace(/^\(/, ''));
}
