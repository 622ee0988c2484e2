// The one error the decoders throw: the request body is not a well-formed OTLP message.
// The transport maps it to HTTP 400 / gRPC INVALID_ARGUMENT, which the OTLP spec requires
// for undecodable payloads (opentelemetry-proto docs/specification.md §Bad Data) and which
// the client must not retry. Anything else thrown from a decoder is a bug.

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  /** Byte offset (protobuf) where decoding failed, when known. */
  readonly offset: number | undefined;

  constructor(message: string, offset?: number) {
    super(message);
    this.offset = offset;
  }
}
