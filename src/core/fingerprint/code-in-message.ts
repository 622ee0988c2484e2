// The code a language runtime's own error message names, when the mistake is in the code
// itself: a name that does not exist (`config is not defined`, Python's `name 'x' is not
// defined`, PHP's `Undefined variable $total`, Ruby's `undefined local variable or method`),
// something called that is not a function or with the wrong arguments (`order.items.map is not
// a function`, `charge() got an unexpected keyword argument 'amount'`), a method or property
// the class does not have (`undefined method 'total' for an instance of Order`, `Call to
// undefined method Cart::sum()`), a cast between the wrong types. The runtime raises one type
// for every such mistake (TypeError, ReferenceError, NameError, PHP's Error) and words the
// message from the code, so two of them in one function shared the type and the crash site,
// and line numbers do not contribute (they shift with every release): one signature. The name
// is code, not data: the same for every request, changed only when the code is.
//
// Not read: a value that was missing at run time (`Cannot read properties of undefined
// (reading 'url')`, `'NoneType' object has no attribute 'url'`, `undefined method 'url' for
// nil`, `Call to a member function getUrl() on null`, a NullPointerException). Which property
// the message names depends on the data where the code reads a chain: `user.avatar.url` fails
// reading `avatar` for an unknown user and reading `url` for one without an avatar, one
// statement and, as the labelled corpus has it, one bug. Keys of a dictionary or array
// (Python's KeyError, PHP's `Undefined array key`) are not read either: a key is as often a
// value the request carried as a literal in the code. Python's traces print the source line,
// which tells two statements apart in every case (exception.ts).
//
// The same holds for an ORM's one type for every record a lookup did not find (ActiveRecord's
// RecordNotFound, Eloquent's ModelNotFoundException, Hibernate's and Doctrine's, Mongoose's):
// its message names the model class, which is code, beside the id, which is data. A controller
// that loads an order and its customer fails on either, at one crash site: by the model they
// are two failures, by the id one.
//
// Go's encoding/json names the struct field a JSON value did not fit, and its Go type: code, as
// the model is, where the value sent is data.
// Newtonsoft.Json names the member's JSON path the same way. Go's text/template (and
// html/template, which runs it) names the template and the action that failed: a template is
// code, its action a statement of it.
//
// Only the runtimes' own wordings are read, each by its exact template (V8's, CPython's,
// Ruby's, PHP 7's and 8's, the JVM's, .NET's, Go's encoding/json and text/template's,
// Newtonsoft.Json's, Symfony's missing environment variable); a message
// an application wrote in the same words would only be told apart more finely.

import { typeBaseName } from './exception.js';

/** One template: the types it belongs to (typeBaseName), its pattern, and what it names. */
interface CodeTemplate {
  types: readonly string[];
  pattern: RegExp;
  names: (m: RegExpExecArray) => string;
}

const JS = ['typeerror', 'referenceerror'];
/** A Ruby class name (`Order`, `Shop::Order`): an instance's inspection goes on with its address (`#<Order:0x000…>`). */
const RUBY_CLASS = '[A-Z]\\w{0,100}(?:::[A-Z]\\w{0,100}){0,10}';
const PHP = ['error', 'typeerror', 'errorexception', 'php warning', 'php notice', 'php fatal error'];

const TEMPLATES: readonly CodeTemplate[] = [
  // V8.
  { types: JS, pattern: /^Cannot destructure property '(.{1,120})' of '(.{1,200})' as it is (?:undefined|null)\.?$/, names: (m) => `destructure '${m[1]}' of '${m[2]}'` },
  { types: JS, pattern: /^Cannot access '(.{1,120})' before initialization$/, names: (m) => `'${m[1]}' before initialization` },
  // `order.items.map is not a function`, `config is not defined`, `order.notes is not iterable`;
  // not `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))`, which
  // describes the value a destructuring met, not the code.
  { types: JS, pattern: /^(.{1,200}?) is not (a function|a constructor|iterable|defined)$/, names: (m) => `${m[1]} is not ${m[2]}` },
  // CPython.
  { types: ['attributeerror'], pattern: /^(module|type object) '([\w.]{1,200})' has no attribute '(\w{1,100})'/, names: (m) => `${m[1]} ${m[2]}.${m[3]}` },
  { types: ['nameerror'], pattern: /^name '(\w{1,100})' is not defined/, names: (m) => `name ${m[1]}` },
  { types: ['unboundlocalerror'], pattern: /^(?:local variable '(\w{1,100})' referenced before assignment|cannot access local variable '(\w{1,100})')/, names: (m) => `local ${m[1] ?? m[2]}` },
  { types: ['typeerror'], pattern: /^([\w.]{1,200})\(\) (got an unexpected keyword argument '\w{1,100}'|missing \d{1,3} required (?:positional|keyword-only) arguments?: .{1,300}|takes \d{1,3} positional arguments? but \d{1,3} (?:were|was) given)$/, names: (m) => `${m[1]}() ${m[2]}` },
  // Ruby: a method the receiver's class does not have — `undefined method 'total' for an
  // instance of Order` (3.4), ``… for #<Order id: 5 …>`` (the class only), `… for Order:Class`;
  // not `… for nil`, a value that was missing.
  { types: ['nomethoderror'], pattern: new RegExp(`^undefined method [\`'](.{1,120}?)' for (?:an instance of (${RUBY_CLASS})|#<(${RUBY_CLASS})|(${RUBY_CLASS}):(?:Class|Module))`), names: (m) => `method ${m[1]} for ${m[2] ?? m[3] ?? m[4]}` },
  { types: ['nameerror'], pattern: /^(?:undefined local variable or method [`'](\w{1,100})'|uninitialized constant ([\w:]{1,200}))/, names: (m) => (m[1] ? `name ${m[1]}` : `constant ${m[2]}`) },
  // PHP 8 and 7.
  { types: PHP, pattern: /^Undefined variable:? \$?(\w{1,100})/, names: (m) => `variable $${m[1]}` },
  { types: PHP, pattern: /^Undefined property: ([\w\\]{1,200})::\$(\w{1,100})/, names: (m) => `property ${m[1]}::$${m[2]}` },
  { types: PHP, pattern: /^Call to undefined (method|function) ([\w\\]{1,200}(?:::\w{1,100})?)\(\)/, names: (m) => `undefined ${m[1]} ${m[2]}` },
  // A function called with an argument of the wrong type, or too few (Zend's zend_verify_arg_error
  // and zend_missing_arg_error): the function and the argument's place are code; the type given
  // (`null given`, `array given`) is the data's. One statement of a controller calling slug()
  // and the next calling explode() were one signature where only a file was known (a log line
  // without a stack: programs/php-bugs-2).
  { types: PHP, pattern: /^([\w\\]{1,200}(?:::\w{1,100})?)\(\): Argument #(\d{1,3})/, names: (m) => `argument #${m[2]} of ${m[1]}()` },
  { types: ['argumentcounterror'], pattern: /^Too few arguments to function ([\w\\]{1,200}(?:::\w{1,100})?)\(\)/, names: (m) => `arguments of ${m[1]}()` },
  // `new` of a class that cannot have instances (Zend's ZEND_NEW handler: `Cannot instantiate
  // interface|trait|abstract class|enum <name>`): the class is the code's, a container's one
  // `new $concrete` for every abstract nobody bound. Two controllers asking one container for two
  // unbound interfaces were one signature at its crash site (programs/php-bugs-5).
  { types: ['error'], pattern: /^Cannot instantiate (interface|trait|abstract class|enum) ([\w\\]{1,200})$/, names: (m) => `instance of ${m[1]} ${m[2]}` },
  // Symfony's DependencyInjection, an environment variable the configuration reads that is not
  // set (EnvVarProcessor's EnvNotFoundException: `Environment variable not found: "MAILER_DSN".`).
  // The variable's name is the configuration's (`%env(MAILER_DSN)%`), code as a service id is,
  // never a value a request carried; every service factory reads it through one getEnv(), and
  // the factories are closures PHP names alike (`{closure}`) whose lines do not count. Two
  // services, the mailer's DSN and the queue's, were one signature (programs/php-bugs-7).
  { types: ['envnotfoundexception'], pattern: /^Environment variable not found: "([^"\n]{1,200})"\.?$/, names: (m) => `environment variable ${m[1]}` },
  // The JVM's casts between two named types (.NET's is at the end).
  { types: ['classcastexception'], pattern: /^(?:class )?([\w.$]{1,200}) cannot be cast to (?:class )?([\w.$]{1,200})/, names: (m) => `${m[1]} to ${m[2]}` },
  // ORMs: the model a lookup did not find. `Couldn't find User with 'id'=758` (Rails),
  // `No query results for model [App\Models\Product] 123` (Laravel), Hibernate's `No row with the
  // given identifier exists: [com.shop.Order#42]`, JPA's `Unable to find com.shop.Order with id
  // 42`, Doctrine's `Entity of type 'App\Entity\Order' for IDs id(42) was not found`, Mongoose's
  // `No document found for query "…" on model "Order"`.
  { types: ['recordnotfound'], pattern: /^Couldn't find (?:all ([A-Z][\w:]{0,200}?)s? with\b|([A-Z][\w:]{0,200})(?: with\b|$))/, names: (m) => `no ${m[1] ?? m[2]}` },
  { types: ['modelnotfoundexception'], pattern: /^No query results for model \[([^\]]{1,200})\]/, names: (m) => `no ${m[1]}` },
  { types: ['objectnotfoundexception'], pattern: /^No row with the given identifier exists: \[([\w.$]{1,200})#/, names: (m) => `no ${m[1]}` },
  { types: ['entitynotfoundexception'], pattern: /^(?:Unable to find ([\w.$]{1,200}) with id\b|Entity of type '([^']{1,200})')/, names: (m) => `no ${m[1] ?? m[2]}` },
  { types: ['documentnotfounderror'], pattern: /^No document found for query .{0,2000} on model "([^"]{1,200})"/, names: (m) => `no ${m[1]}` },
  { types: ['invalidcastexception'], pattern: /^Unable to cast object of type '([^']{1,200})' to type '([^']{1,200})'/, names: (m) => `${m[1]} to ${m[2]}` },
  // Go's encoding/json, a JSON value of the wrong kind for the Go type it was decoded into
  // (UnmarshalTypeError.Error: `json: cannot unmarshal <kind>[ <number>] into Go struct field
  // <Struct>.<field path> of type <type>`, or `… into Go value of type <type>`). The field and
  // its Go type are code, the struct's declaration; the kind and the number are what the client
  // sent. One decoding helper records every handler's error at one crash site, so two fields of
  // one request body were one signature (programs/go-bugs-3: Order.qty and Order.price).
  { types: ['unmarshaltypeerror'], pattern: /^json: cannot unmarshal \w{1,20}(?: \S{1,100})? into Go (?:struct field ([\w.]{0,300})|value) of type (\S{1,200})$/, names: (m) => (m[1] === undefined ? `value of type ${m[2]}` : `field ${m[1]} of type ${m[2]}`) },
  // Newtonsoft.Json (Json.NET) ends a reader's or serializer's message with where in the JSON it
  // failed: `… Path 'Lines[2].Qty', line 1, position 46.` (JsonPosition.FormatMessage). The path
  // names the member of the declared type, code as Go's struct field is; an array's index, the
  // line and the position are where the client's document put it. One decoding helper read
  // LineItem.Qty and LineItem.Discount sent as fractions at one crash site (programs/dotnet-bugs-4).
  { types: ['jsonreaderexception', 'jsonserializationexception'], pattern: /^.{1,1000}? Path '([^'\n]{0,300})', line \d{1,9}, position \d{1,9}\.$/, names: (m) => `JSON path '${m[1].replace(/\[\d{1,9}\]/g, '[]')}'` },
  // Go's text/template failing while it runs a template (ExecError: `template: <name>:<line>:<col>:
  // executing "<template>" at <<action>>: <reason>`, exec.go's errorf): the template set, the
  // template being run and the action are code, the statement of the template that failed; the
  // line and column move whenever the template is edited, and the reason can carry the data
  // (`error calling index: index out of range: 5`). One helper rendering every email by its name
  // recorded a nil user in the welcome template and a nil order in the receipt at one crash site,
  // one signature (programs/go-bugs-6).
  { types: ['execerror'], pattern: /^template: ([^\s:]{1,200}):\d{1,9}:\d{1,9}: executing "([^"\n]{1,200})" at <(.{1,300}?)>: /, names: (m) => `template ${m[1]} "${m[2]}" at <${m[3]}>` },
];

/** The types any template belongs to, so most exceptions are ruled out by one lookup. */
const TYPES = new Set(TEMPLATES.flatMap((t) => t.types));

/**
 * The code the message of a runtime-raised error of `type` names (`order.total.toFixed is not
 * a function`, `name totl`, `variable $totl`, `no App\Models\Product`), or undefined when the
 * message is not one of the templates. `message` is the message's first line.
 */
export function codeNamedByMessage(type: string, message: string): string | undefined {
  const kind = typeBaseName(type);
  if (!TYPES.has(kind)) return undefined;
  for (const template of TEMPLATES) {
    if (!template.types.includes(kind)) continue;
    const m = template.pattern.exec(message);
    if (m) return template.names(m);
  }
  return undefined;
}
