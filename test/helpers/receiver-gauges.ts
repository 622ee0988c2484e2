// Reads the receiver's own gauges from /metrics on the API port: what a test can observe of
// admission from outside, as an operator would.
import type { RoundsHandle } from '../../src/main.js';

export async function queueDepth(rounds: Pick<RoundsHandle, 'apiPort'>, kind: 'requests' | 'events' | 'bytes'): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${rounds.apiPort}/metrics`)).text();
  const m = new RegExp(`rounds_pipeline_queue_depth\\{kind="${kind}"\\} (\\d+)`).exec(text);
  return m ? Number(m[1]) : Number.NaN;
}
