// A local server speaking the Anthropic Messages API (backends.md §6): POST /v1/messages with
// auth (`x-api-key` or `Authorization: Bearer`) and `anthropic-version` headers; `max_tokens`
// required; tool use answered with a `tool_use` content block; errors in Anthropic's envelope
// `{"type":"error","error":{"type":…,"message":…}}`; a `request-id` header on every response.
//
// It asserts what it is sent: requests without the required parts get the 400 the real API
// gives, and a prompt that lacks `expect` text or contains `forbid` text is refused with a 400
// and listed in `violations`, so a test fails loudly when a secret leaks into a prompt.
import { checkPrompt, startFakeHttp, type FakeHttpServer, type FakeResponse, type RecordedRequest } from './http.js';

export interface AnthropicRequestBody {
  model: string;
  max_tokens: number;
  system?: string | { type: 'text'; text: string }[];
  messages: { role: 'user' | 'assistant'; content: string | { type: string; text?: string }[] }[];
  tools?: { name: string; description?: string; input_schema: Record<string, unknown> }[];
  tool_choice?: { type: 'auto' | 'any' | 'tool' | 'none'; name?: string };
}

export interface FakeAnthropicOptions {
  /**
   * The answer: the forced tool's `input` object (default: a valid diagnosis), or `{ text }` to
   * answer with a text block instead of calling the tool.
   */
  reply?: (body: AnthropicRequestBody) => Record<string, unknown> | { text: string };
  /** Required key; any non-empty key is accepted when absent. */
  apiKey?: string;
  expect?: string[];
  forbid?: (string | RegExp)[];
  /** Reported usage; default derived from the request size (chars / 4). */
  usage?: { input_tokens: number; output_tokens: number };
  /** stop_reason to report (default `tool_use` for a tool call, else `end_turn`). */
  stopReason?: string;
}

export interface FakeAnthropic extends FakeHttpServer {
  /** Parsed bodies of the accepted requests. */
  bodies: AnthropicRequestBody[];
  violations: string[];
}

export const SAMPLE_DIAGNOSIS = {
  rootCause: 'The inventory service times out under load after release 2.4.0.',
  evidence: ['92% of failures carry release 2.4.0', 'deepest failing span: inventory / GET /stock'],
  suggestedFix: 'Roll back inventory to 2.3.9 and add a timeout to the stock lookup.',
  confidence: 0.72,
};

let counter = 0;

export const anthropicError = (status: number, type: string, message: string, extra: Record<string, unknown> = {}): FakeResponse => ({
  status,
  json: { type: 'error', error: { type, message, ...extra }, request_id: `req_fake_${++counter}` },
  headers: { 'request-id': `req_fake_${counter}` },
});

export function promptText(body: AnthropicRequestBody): string {
  const sys = typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => b.text ?? '').join('\n');
  const msgs = body.messages.map((m) => (typeof m.content === 'string' ? m.content : m.content.map((b) => b.text ?? '').join('\n')));
  return [sys, ...msgs].join('\n');
}

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const bodies: AnthropicRequestBody[] = [];
  const violations: string[] = [];

  const handle = (req: RecordedRequest): FakeResponse => {
    if (req.method !== 'POST' || req.path !== '/v1/messages') return anthropicError(404, 'not_found_error', `no route ${req.method} ${req.path}`);
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const key = (req.headers['x-api-key'] as string | undefined) ?? bearer;
    if (!key || (options.apiKey && key !== options.apiKey)) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
    if (!req.headers['anthropic-version']) return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
    const body = req.body as AnthropicRequestBody | undefined;
    if (!body || typeof body !== 'object') return anthropicError(400, 'invalid_request_error', 'request body is not JSON');
    if (typeof body.model !== 'string' || !body.model) return anthropicError(400, 'invalid_request_error', 'model: Field required');
    if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return anthropicError(400, 'invalid_request_error', 'max_tokens: Field required');
    if (!Array.isArray(body.messages) || body.messages.length === 0) return anthropicError(400, 'invalid_request_error', 'messages: at least one message is required');
    for (const t of body.tools ?? []) {
      if (!/^[a-zA-Z0-9_-]{1,64}$/.test(t.name)) return anthropicError(400, 'invalid_request_error', `tools.name: invalid "${t.name}"`);
      if (t.input_schema?.type !== 'object') return anthropicError(400, 'invalid_request_error', 'tools.input_schema.type: must be "object"');
    }
    const forced = body.tool_choice?.type === 'tool' ? body.tool_choice.name : undefined;
    if (forced && !(body.tools ?? []).some((t) => t.name === forced)) return anthropicError(400, 'invalid_request_error', `tool_choice names unknown tool ${forced}`);

    const problems = checkPrompt(promptText(body), options.expect, options.forbid);
    if (problems.length) {
      violations.push(...problems);
      return anthropicError(400, 'invalid_request_error', `fake: ${problems.join('; ')}`);
    }
    bodies.push(body);

    const answer = options.reply ? options.reply(body) : SAMPLE_DIAGNOSIS;
    const asText = 'text' in answer && typeof answer.text === 'string' && Object.keys(answer).length === 1;
    const content = asText || !forced ? [{ type: 'text', text: asText ? (answer as { text: string }).text : JSON.stringify(answer) }] : [{ type: 'tool_use', id: `toolu_fake_${++counter}`, name: forced, input: answer }];
    const usage = options.usage ?? { input_tokens: Math.ceil(req.rawBody.length / 4), output_tokens: Math.ceil(JSON.stringify(content).length / 4) };
    return {
      status: 200,
      headers: { 'request-id': `req_fake_${++counter}` },
      json: {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: options.stopReason ?? (content[0].type === 'tool_use' ? 'tool_use' : 'end_turn'),
        stop_sequence: null,
        usage: { ...usage, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      },
    };
  };

  const server = await startFakeHttp(handle);
  return Object.assign(server, { bodies, violations });
}
