// A RabbitMQ virtual host that is down on its node: when a vhost's supervision tree stops (its
// message store or queues crashed and were not restarted, rabbitmq/rabbitmq-server#1146), the
// broker closes every connection to that vhost with 320 CONNECTION_FORCED and the reason `vhost
// '<name>' is down`, and refuses new ones until the vhost is back (rabbitmq/rabbitmq-server#1293).
// RabbitMQ.Client passes it on as `AlreadyClosedException: Already closed: … initiated by Peer,
// code=320, text="CONNECTION_FORCED - vhost 'UAT' is down"` (rabbitmq/rabbitmq-dotnet-client#496,
// its maintainer: RabbitMQ cannot accept connections on a vhost that is down). The broker's state,
// as signals.ts' BROKER_SHUTDOWN is: not CONNECTION_FORCED's other reasons (an operator closing one
// connection from the management UI or rabbitmqctl), and not NOT_ALLOWED's `vhost … not found` (a
// vhost that does not exist, which no restart brings back).

/** The broker's reason for closing a connection: the vhost it was opened on is down. */
export const VHOST_DOWN = /\bCONNECTION_FORCED - vhost '([^'\n]{1,200})' is down\b/;

/** How a broker whose vhost is down is worded as the peer's state. */
export function vhostDownWords(text: string): string | undefined {
  const m = VHOST_DOWN.exec(text);
  if (!m) return undefined;
  return `serving nothing on its virtual host '${m[1]}' (the vhost is down on the broker: it closed every connection to it with CONNECTION_FORCED and accepts none until the vhost's queues and message store are running again)`;
}
