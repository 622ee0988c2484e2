// Whether a stream gets ANSI colours: only a terminal, and never when the user said no. The
// NO_COLOR convention (https://no-color.org): present and not empty disables colour,
// whatever else is set. FORCE_COLOR is not honoured: a pipe or a file gets plain text.
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
