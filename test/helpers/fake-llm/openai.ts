// A local server speaking the OpenAI Chat Completions API (backends.md §6) as OpenAI and the
// OpenAI-compatible local servers do: POST /v1/chat/completions, `Authorization: Bearer`,
// `{"error":{"message","type","param","code"}}` errors. Its `mode` plays the three behaviours
// seen in the wild towards `response_format: json_schema`:
//   'schema'         honours it: the content is the JSON object (OpenAI, vLLM, recent Ollama);
//   'prose'          ignores it: prose with a fenced ```json block (small local models);
//   'reject-schema'  refuses it with a 400 (older llama.cpp / Ollama builds).
// Like the Anthropic fake, it refuses (400) and records prompts that lack `expect` text or
// contain `forbid` text.
import { SAMPLE_DIAGNOSIS } from './anthropic.js';
import { checkPrompt, startFakeHttp, type FakeHttpServer, type FakeResponse, type RecordedRequest } from './http.js';

export type OpenAIMode = 'schema' | 'prose' | 'reject-schema';

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
}

export interface FakeOpenAIOptions {
  mode?: OpenAIMode;
  /** The answer object (default: a valid diagnosis), or `{ text }` for verbatim content. */
  reply?: (body: ChatRequestBody) => Record<string, unknown> | { text: string };
  /** Required bearer key; any (or none) accepted when absent, as local servers do. */
  apiKey?: string;
  expect?: string[];
  forbid?: (string | RegExp)[];
  /** Leave `usage` out of the response (some local servers do). */
  omitUsage?: boolean;
  finishReason?: string;
}

export interface FakeOpenAI extends FakeHttpServer {
  bodies: ChatRequestBody[];
  violations: string[];
  setMode(mode: OpenAIMode): void;
}

export const openaiError = (status: number, message: string, type = 'invalid_request_error', param: string | null = null, code: string | null = null): FakeResponse => ({
  status,
  json: { error: { message, type, param, code } },
});

let counter = 0;

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const bodies: ChatRequestBody[] = [];
  const violations: string[] = [];
  let mode: OpenAIMode = options.mode ?? 'schema';

  const handle = (req: RecordedRequest): FakeResponse => {
    const key = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    // GET /v1/models (the API's model list): what `rounds check` asks, costing nothing.
    if (req.method === 'GET' && req.path === '/v1/models') {
      if (options.apiKey && key !== options.apiKey) return openaiError(401, 'Incorrect API key provided', 'invalid_request_error', null, 'invalid_api_key');
      return { status: 200, json: { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' }] } };
    }
    if (req.method !== 'POST' || req.path !== '/v1/chat/completions') return openaiError(404, `Unknown request URL: ${req.method} ${req.path}`);
    if (options.apiKey && key !== options.apiKey) return openaiError(401, 'Incorrect API key provided', 'invalid_request_error', null, 'invalid_api_key');
    const body = req.body as ChatRequestBody | undefined;
    if (!body || typeof body.model !== 'string') return openaiError(400, "you must provide a model parameter");
    if (!Array.isArray(body.messages) || body.messages.length === 0) return openaiError(400, "'messages' must contain at least one message", 'invalid_request_error', 'messages');
    const rf = body.response_format;
    if (rf) {
      if (mode === 'reject-schema') return openaiError(400, `'response_format' of type '${rf.type}' is not supported`, 'invalid_request_error', 'response_format');
      if (rf.type === 'json_schema' && (!rf.json_schema || !/^[a-zA-Z0-9_-]{1,64}$/.test(rf.json_schema.name) || typeof rf.json_schema.schema !== 'object')) {
        return openaiError(400, "Invalid 'response_format.json_schema'", 'invalid_request_error', 'response_format');
      }
    }
    const prompt = body.messages.map((m) => m.content).join('\n');
    const problems = checkPrompt(prompt, options.expect, options.forbid);
    if (problems.length) {
      violations.push(...problems);
      return openaiError(400, `fake: ${problems.join('; ')}`);
    }
    bodies.push(body);

    const answer = options.reply ? options.reply(body) : SAMPLE_DIAGNOSIS;
    const verbatim = 'text' in answer && typeof answer.text === 'string' && Object.keys(answer).length === 1 ? (answer.text as string) : undefined;
    const json = JSON.stringify(answer, null, 2);
    const content =
      verbatim ??
      (mode === 'schema' && rf?.type === 'json_schema'
        ? JSON.stringify(answer)
        : `Sure! I looked at the evidence carefully.\n\nHere is the diagnosis:\n\n\`\`\`json\n${json}\n\`\`\`\n\nLet me know if you need anything else.`);
    return {
      status: 200,
      json: {
        id: `chatcmpl-fake${++counter}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: options.finishReason ?? 'stop', logprobs: null }],
        ...(options.omitUsage
          ? {}
          : { usage: { prompt_tokens: Math.ceil(req.rawBody.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil(req.rawBody.length / 4) + Math.ceil(content.length / 4) } }),
      },
    };
  };

  const server = await startFakeHttp(handle);
  return Object.assign(server, {
    bodies,
    violations,
    setMode(next: OpenAIMode) {
      mode = next;
    },
  });
}
