// Same-origin JSON requests to the management API and the console's views. The session cookie
// is the credential; the X-Rounds-Console header marks the console's own requests (a
// cross-site form or image cannot set it), and every body is JSON.
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let onUnauthorized: () => void = () => {};

/** What to do when a request answers 401 (the session expired or the key changed). */
export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-rounds-console': '1' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiFailure(0, 'NETWORK', 'Rounds did not answer (is it running?)');
  }
  const text = await response.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    throw new ApiFailure(response.status, data?.error?.code ?? `HTTP_${response.status}`, data?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return data as T;
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, body);

/** Path segment: ids are hex, but a typed URL may hold anything. */
export const seg = (s: string) => encodeURIComponent(s);
