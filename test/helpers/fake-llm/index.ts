// Fake LLM servers for tests anywhere in the project (see each file's header).
export { startFakeAnthropic, SAMPLE_DIAGNOSIS, anthropicError, promptText, type FakeAnthropic, type FakeAnthropicOptions, type AnthropicRequestBody } from './anthropic.js';
export { startFakeOpenAI, openaiError, type FakeOpenAI, type FakeOpenAIOptions, type OpenAIMode, type ChatRequestBody } from './openai.js';
export { startFakeHttp, checkPrompt, type Fault, type FakeHttpServer, type FakeResponse, type RecordedRequest } from './http.js';
export { MemoryLedger } from './memory-ledger.js';
export { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleEvidence, sampleReport, sampleRequest, sampleSignature, secretEvidence, secretSignature } from './samples.js';
