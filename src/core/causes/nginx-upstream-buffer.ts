// Which of nginx's buffers an upstream's response headers did not fit. nginx reads an upstream's
// response headers into one buffer whose size each upstream module sets with a directive of its own
// (nginx's documentation of ngx_http_proxy_module, ngx_http_fastcgi_module, ngx_http_uwsgi_module,
// ngx_http_scgi_module, ngx_http_grpc_module and ngx_http_memcached_module: proxy_buffer_size,
// fastcgi_buffer_size, uwsgi_buffer_size, scgi_buffer_size, grpc_buffer_size,
// memcached_buffer_size, each one memory page by default). When the headers do not fit it logs
// `upstream sent too big header while reading response header from upstream` and answers 502, the
// same words for every module; which directive to raise is told by the scheme nginx prints before
// the upstream's address in the same line (`upstream: "fastcgi://unix:/run/php/php7.2-fpm.sock:"`,
// cryptofuture/nginx-hda-bundle#25; markjaquith/cache-buddy#10 fixed its PHP site's 502s with
// fastcgi_buffer_size, where proxy_buffer_size changes nothing).

/** The buffer directives of the module that reads an upstream's headers. */
export interface NginxHeaderBuffer {
  /** The directive sizing the buffer the response headers must fit (`fastcgi_buffer_size`). */
  size: string;
  /** The directive for the module's other buffers, raised beside it, when the module has one. */
  buffers?: string;
  /** The module, as nginx's documentation names it (`ngx_http_fastcgi_module`). */
  module: string;
}

const BY_SCHEME: Record<string, NginxHeaderBuffer> = {
  http: { size: 'proxy_buffer_size', buffers: 'proxy_buffers', module: 'ngx_http_proxy_module' },
  https: { size: 'proxy_buffer_size', buffers: 'proxy_buffers', module: 'ngx_http_proxy_module' },
  fastcgi: { size: 'fastcgi_buffer_size', buffers: 'fastcgi_buffers', module: 'ngx_http_fastcgi_module' },
  uwsgi: { size: 'uwsgi_buffer_size', buffers: 'uwsgi_buffers', module: 'ngx_http_uwsgi_module' },
  suwsgi: { size: 'uwsgi_buffer_size', buffers: 'uwsgi_buffers', module: 'ngx_http_uwsgi_module' },
  scgi: { size: 'scgi_buffer_size', buffers: 'scgi_buffers', module: 'ngx_http_scgi_module' },
  grpc: { size: 'grpc_buffer_size', module: 'ngx_http_grpc_module' },
  grpcs: { size: 'grpc_buffer_size', module: 'ngx_http_grpc_module' },
  memcached: { size: 'memcached_buffer_size', module: 'ngx_http_memcached_module' },
};

/** The proxy module's, when the line names no upstream (a line cut short) or a scheme nginx does not print. */
export const PROXY_HEADER_BUFFER: NginxHeaderBuffer = BY_SCHEME.http;

/**
 * The buffer an nginx error line's upstream was read into, by the scheme of its `upstream: "…"`
 * field; the proxy module's when the line names none.
 */
export function nginxHeaderBuffer(line: string): NginxHeaderBuffer {
  const scheme = /\bupstream: "([a-z]+):\/\//i.exec(line)?.[1]?.toLowerCase();
  return (scheme && BY_SCHEME[scheme]) || PROXY_HEADER_BUFFER;
}
