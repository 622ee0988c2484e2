// The HTTP status an HTTP client's error message states, when it states one: the class of the
// failure, which the message's number masking would otherwise hide. An HTTP client raises one
// error type for every unsuccessful response (axios' `AxiosError: Request failed with status
// code 503`, .NET's `HttpRequestException: Response status code does not indicate success: 404
// (Not Found).`, requests' `HTTPError: 500 Server Error: … for url: …`, got's and ky's
// `HTTPError: Response code 502 (Bad Gateway)`, httpx's `HTTPStatusError: Server error '503
// Service Unavailable' for url …`, aiohttp's `ClientResponseError: 404, message='Not Found'`),
// thrown from the library's own frames, often with no frame of the application below them:
// every failed response of a service, 404 and 503 alike, was one signature.

/** Message forms that state a response's status, the status in group 1. */
const STATED_STATUS: readonly RegExp[] = [
  /\bstatus code:? ([45]\d\d)\b/i, // axios, Node's fetch wrappers
  /\bdoes not indicate success: ([45]\d\d)\b/, // .NET's HttpResponseMessage.EnsureSuccessStatusCode
  /\bResponse (?:status )?code:? ([45]\d\d)\b/i, // got, ky
  /\bresponded with status:? ([45]\d\d)\b/i, // Ruby's Faraday: "the server responded with status 404"
  /\bresulted in a `([45]\d\d)\b/, // PHP's Guzzle: "Client error: `GET …` resulted in a `404 Not Found` response"
  /^([45]\d\d) (?:Client|Server) Error\b/, // Python requests' raise_for_status
  /^(?:Client|Server) error '([45]\d\d) /, // httpx's raise_for_status: "Server error '503 Service Unavailable' for url …"
  /^([45]\d\d), message=/, // aiohttp's ClientResponseError: "404, message='Not Found', url=…"
  /\bHTTP status (?:client|server) error \(([45]\d\d)\b/, // Rust reqwest's error_for_status
  /\bHTTP(?:\/\d(?:\.\d)?)? (?:error |status )?([45]\d\d)\b/i, // `HTTP 503`, `HTTP/1.1 502`, `HTTP error 404`
];

/** The response status the message states, or undefined. */
export function statedResponseStatus(message: string): string | undefined {
  if (message.length > 2000) message = message.slice(0, 2000);
  for (const re of STATED_STATUS) {
    const m = re.exec(message);
    if (m) return m[1];
  }
  return undefined;
}
