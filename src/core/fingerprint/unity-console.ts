// Unity's console (the Editor's Console window, a player's log) prints a managed exception as
// `Type: message` and then one frame a line, `Ns.Class.Method (args) (at file:line)`, without the
// `at ` that Exception.ToString() puts before a frame
// (https://docs.unity3d.com/Manual/Console.html):
//   NullReferenceException: Object reference not set to an instance of an object
//   StartAudioScript.Start () (at Assets/Scripts/StartAudioScript.cs:13)
//   ObjectAppearDelay+<DisableTutorial>d__6.MoveNext () (at Assets/Scripts/ObjectAppearDelay.cs:35)
//   UnityEngine.SetupCoroutine.InvokeMoveNext (System.Collections.IEnumerator enumerator, System.IntPtr returnValueAddress) (at <c5ed782439084ef1bc2ad85eec89e9fe>:0)
// An engine frame without symbols names its assembly's id in the file's place (`<mvid>:0`), as
// Mono's `in <mvid>:0` does. Read as no frame, every Unity exception of one message was one
// signature: two games' NullReferenceExceptions at StartAudioScript.Start and
// BundleDataInfo.RefreshAssetList (threads-11). A row copied out of the console's detail pane
// can arrive joined to the message and the next rows on one line.

/** One row: a callee without spaces holding a dot, its argument list, `(at <file>:<line>)`. */
const ROW = /^([A-Za-z_][^\s()]{0,400}\.[^\s()]{1,200}) ?\(([^()\n]{0,400})\) \(at ([^()\n]{1,500}):(\d{1,7})\)$/;
/** Rows run together on a line, each ending at its `(at <file>:<line>)`. */
const ROW_ANYWHERE = /[A-Za-z_][^\s()]{0,400}\.[^\s()]{1,200} ?\([^()\n]{0,400}\) \(at [^()\n]{1,500}:\d{1,7}\)/g;

/** Whether a trace holds Unity's console rows. */
export function looksLikeUnityConsole(text: string): boolean {
  if (!text.includes(') (at ')) return false;
  for (const line of text.split('\n')) {
    if (!line.includes(') (at ')) continue;
    if (ROW.test(line.trim()) || splitUnityRows(line).length > 1) return true;
  }
  return false;
}

/**
 * A line holding several rows, or the message and then rows, as the separate lines the console
 * printed; any other line as it is.
 */
export function splitUnityRows(line: string): string[] {
  if (!line.includes(') (at ')) return [line];
  const rows = [...line.matchAll(ROW_ANYWHERE)];
  if (rows.length === 0) return [line];
  const first = rows[0].index ?? 0;
  const before = line.slice(0, first).trim();
  if (rows.length === 1 && before === '') return [line];
  // The rows must be all that follows the text before them (spaces apart), or the line is prose.
  let at = first;
  for (const r of rows) {
    if (line.slice(at, r.index).trim() !== '') return [line];
    at = (r.index ?? 0) + r[0].length;
  }
  if (line.slice(at).trim() !== '') return [line];
  return [...(before ? [before] : []), ...rows.map((r) => r[0])];
}

/** A console row as Exception.ToString() prints the frame (`   at M (args) in file:line N`); any other line as it is. */
export function unityRowAsToString(line: string): string {
  if (!line.includes(') (at ')) return line;
  const r = ROW.exec(line.trim());
  if (!r) return line;
  return `   at ${r[1]} (${r[2]}) in ${r[3]}:line ${r[4]}`;
}
