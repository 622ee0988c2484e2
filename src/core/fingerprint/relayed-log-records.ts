// Another program's log records carried inside a message are a value of the statement that
// carries them.
//
// containerd runs a runtime shim's `delete` command when a task's shim is gone and writes what
// that command printed on its stderr after its own words: `cleanup warnings %s`, where the text is
// the shim's own logrus records (`time="…" level=info msg="starting signal loop" namespace=default
// pid=2613 runtime=io.containerd.runc.v2\n`, then a `failed to remove runc container` record or a
// `failed to read init pid file` one as the task ended; programs/containerd,
// server-logs-62.test.ts). Read as words, each record's fields, levels and messages were words of
// the template, and the one statement was a signature per combination of records the shim printed
// (four in one run). From the first relayed record to the end, the message is one value.
//
// A relayed record is logfmt's `time=<value> level=<word> msg=`, in that order, as logrus writes
// every record; its escaped quotes are read as quotes. Only after the carrying statement's own
// words: a message that is nothing but a record, and `time=` or `level=` alone in a sentence
// (`retry after time=5s`), keep their reading.
const RELAYED_RECORD = /\stime=(?:"[^"\s]{1,64}"|\S{1,64}) level=[a-z]{3,8} msg=/;

/** The message with its relayed records, from the first to the end, read as one value (`<*>`). */
export function withRelayedRecordsAsValue(message: string): string {
  const at = message.search(RELAYED_RECORD);
  return at > 0 && /\S/.test(message.slice(0, at)) ? `${message.slice(0, at)} <*>` : message;
}
