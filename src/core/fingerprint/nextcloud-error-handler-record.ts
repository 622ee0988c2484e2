// Nextcloud's (and ownCloud's) record of an uncaught throwable its PHP error handler caught
// without an exception object: OC\Log\ErrorHandler::onException logs `<class>: <message> at
// <file>#<line>` (the throwable's get_class(), getMessage(), getFile() and getLine()) as the
// record's plain `message`, under `"app":"PHP"`, with no Trace. Nextcloud 11 and 18 logged an
// `Error: Call to undefined function OC\App\simplexml_load_file() at …/InfoParser.php#61` (#65 in
// 18) on every request of an install missing PHP's XML extension (nextcloud/server#3134, #18608,
// threads-52); read as it was, each record was its whole text, the request's id and time masked
// or not, and no two requests' records were one signature.
//
// Read as PHP prints the throwable's header, quoted up to its `Stack trace:` (the record holds
// no frames): its class, message and throw site (php-header-cut-at-trace.ts reads that). Only a
// record whose `app` is `PHP` (the handler's) and whose message is a class name — capitalised or
// namespaced, one word — then `: `, the message, and ` at <file>.php#<line>`: the handler's
// warnings (`filesize(): stat failed … at …#62`, onError's) name no class, and another app's
// message that ends so is its own words.

import { TolerantJsonReader } from './tolerant-json.js';

const FROM_PHP_HANDLER = /"app"\s*:\s*"PHP"/;
const MESSAGE_STRING = /"message"\s*:\s*(?=")/;
const HANDLED = /^([A-Z_\\][\w\\]{0,300}): (\S.{0,7999}?) at (\S.{0,499}?\.(?:php|phtml|inc))#(\d{1,7})$/;

/** The throwable a Nextcloud PHP-handler record names, written as PHP's header over a cut trace; undefined when it is no such record. */
export function nextcloudErrorHandlerText(text: string): string | undefined {
  if (!text.includes('#') || !FROM_PHP_HANDLER.test(text)) return undefined;
  const at = MESSAGE_STRING.exec(text);
  if (!at) return undefined;
  const message = new TolerantJsonReader(text.slice(at.index + at[0].length)).value();
  const handled = typeof message === 'string' ? HANDLED.exec(message) : null;
  if (!handled) return undefined;
  const [, type, said, file, line] = handled;
  return `${type}: ${said} in ${file}:${line}\nStack trace:`;
}
