// Versioned fingerprint algorithm. Every fingerprint is a hash over the algorithm id and the
// contributing parts, and every signature stores the id that produced it.
//
// Versions:
//   fp0          the provisional skeleton (service + type + masked first message line + the
//                raw top three stack lines). Split one failure across builds (line numbers).
//   rounds-fp/1  crash site = first in-app frame; message only for generic types.
//   rounds-fp/2  error machinery (factories, throw/stack-capturing helpers, logging wrappers,
//                warning handlers) is skipped when choosing the crash site; PHP internal
//                functions and Mono traces are read as the runtimes print them; a generic
//                exception raised by runtime code is named by that function instead of its
//                message; Rust is parsed.
//   rounds-fp/3  the message of a generic
//                exception at an in-app crash site contributes its template only — a word it
//                echoes from the input is a value (after a closing label `x: value`, after
//                `got`, and any differing word that does not state a kind of failure); a
//                generic exception raised by the runtime's standard library called from the
//                crash site is named by that function; Android frames are library code;
//                Java frames with Logback's packaging data are read.
//   rounds-fp/4  a Rust panic without a
//                backtrace is placed at its location (file and line); Go's fatal-error frames
//                (with fp=/sp=/pc=) are read, and `init.N` is `init`; a .NET frame without
//                source information beside application frames with it is library code;
//                CPython's standard library on Windows is library code; an installed
//                package's files keep its name (`node_modules/<pkg>`, `vendor/<v>/<pkg>`);
//                a browser's inline script is `<page>`, whatever page; without an in-app
//                frame the top frames outside the runtime's own name the failure; Firefox
//                stacks without a header are read; Elixir and Erlang traces are parsed; a
//                logfmt or JSON log record after a transport's prefix is read as one; a
//                Go -trimpath build's dependencies (`module@version/…`) are library code;
//                Python's exception groups are read (the first sub-exception at each level).
//   rounds-fp/5  a syslog, journald or klog
//                header before a log line is not part of its template (the host and pid
//                are dropped, the program's name kept); a time zone's abbreviation after a
//                time belongs to the timestamp; `06 Jan 2021 23:02:47` is a date; an HTTP
//                status with its reason phrase in a log line (`500 Internal Server Error`)
//                is one value, and so is a quoted text of several words; a log record whose
//                body prints a stack trace is fingerprinted as that exception; the span name
//                of a failed span without an exception contributes with its ids masked; gin's
//                recovery stacks are read; terminal colour codes leave log bodies; Node's own
//                modules have one name before and after Node 16's `node:` prefix; Android's
//                crash preamble is skipped; anyhow/eyre chains without a backtrace are read;
//                an installer's launcher in bin/ is not in-app.
//   rounds-fp/6  a timestamp with its weekday
//                or month right after an opening bracket is a date (Apache's error log,
//                `[Sun Aug 05 04:03:42.258364 2018]`, split one statement by weekday), and a
//                fraction, a zone and a year after a syslog-style time belong to it (C's
//                ctime, Java's Date#toString, Go's UnixDate); in the log miner a random hex
//                suffix in a word (`veth7e084358`) is a number, not a different word; Java
//                frames with a space before the parenthesis (Play Console, Crashlytics) and
//                Crashlytics' `Fatal Exception:` headers are read; an app's `requireX`
//                precondition accessor is error machinery; a Kotlin `internal` member's
//                module suffix (`getCurrentTab$app_release`) is dropped; .NET frames located
//                by metadata token and IL offset (no symbols) are read; PHP headers after the
//                error log's, Monolog's or php-fpm's prefix, PHP 5's, and frames without a
//                header (getTraceAsString) are read; a JavaScript error's causes as Node
//                inspects them (`[cause]:`) and pino serialises them (`caused by:`) are the
//                exception chain, and Node's banner above an uncaught error is skipped.
//   rounds-fp/7  Dart stack traces are read, as
//                the VM prints them and as package:stack_trace's terse form does; before,
//                no runtime read them and a service's errors of one type and message were
//                one signature whatever code raised them; loguru's marked frame (`> File
//                "…"`, the frame that caught the exception, often the innermost) is read;
//                rich's boxed tracebacks (RichHandler) are read, wrapped frame lines too;
//                JDBC drivers, connection pools, database clients and more JVM frameworks
//                are library code (pgjdbc was every PSQLException's crash site), and JDK
//                8's lambda classes (`$$Lambda$24/431454548`) are read as lambdas; a JSON
//                log record's message and trace fields are found whatever their case
//                (.NET's JSON console logger: `Message`, `Exception`), and Serilog's
//                compact `@mt` / `@m` is the message; a trace given as an array of its
//                lines (ECS stackTraceAsArray, Semantic Logger) is read, and so is
//                pino-pretty's `"stack":` block below a record's own lines.
//   rounds-fp/8  at a crash site in minified or
//                bundled server JavaScript (a column of 300 and more, or a mangled name on a
//                file's first lines) the message contributes, its values masked but not
//                mined; before, line and column never contributing, every failure of one
//                mangled function of a bundle (or of a handler the bundler inlined
//                everything into) was one signature. A link of the exception chain that
//                repeats the one it wraps (same type and message: kotlinx.coroutines'
//                recovered copy) counts once; `_COROUTINE._BOUNDARY` frames are library code.
//                A failed span without an exception adds its error.type (or status code)
//                and, for a call, its callee: an HTTP client span named by its method alone
//                with an empty status description was one signature for every failed call.
//                The 4xx/5xx status an HTTP client's error message states contributes (axios,
//                .NET's EnsureSuccessStatusCode, requests, urllib, got): a 404 and a 503 of
//                one call were one signature. In a log line, a lower-case word that took
//                three different values at one place of otherwise equal lines is a value
//                there (sshd's user names), and a token read as a value names nothing after it;
//                a quoted token after a label with its colon is the labelled value
//                (PostgreSQL's `type integer: "abc"`). A database client's one error type
//                for every server error (PSQLException, SqlException, IntegrityError…) is
//                generic: its message tells a unique from a not-null violation, and two
//                quoted identifiers (`"members_email_key"` / `"members_pkey"`) stay apart.
//   rounds-fp/9  a failed CLIENT or PRODUCER
//                span without an exception adds its callee whatever attributes name it, the
//                older conventions' `net.peer.name` and `http.url` among them; before, only
//                a span with `url.full`, `peer.service` or a database system was read as a
//                call, and a Go service's failed calls (otelhttp v0.46) to two services, both
//                answered 503, were one signature. Go's wrapper error types (*fs.PathError,
//                *net.OpError, *strconv.NumError…), its database error types and the I/O
//                types whose message carries the OS error (IOException,
//                FileNotFoundException, SocketException, OSError…) and the TLS types for a
//                rejected certificate (SSLError…) and HTTP clients' one type for every
//                failed call (FetchError, AxiosError, HttpRequestException…) are generic:
//                their message contributes, as the wrapped error is what failed; so is
//                botocore's ClientError. The status a gRPC client's error states
//                contributes (rpc-status.ts).
//   rounds-fp/10 a PHP error printed without
//                a trace (`PHP Warning:  … in /app/x.php on line 6`, a warning, notice,
//                deprecation or fatal error that is no exception) is read as an error of its
//                level at that file, and its message contributes; before, the line was mined
//                whole with its path masked, and the same warning from two files (or memory
//                exhausted in two files) was one signature; so is one quoted by a web
//                server (nginx's `FastCGI sent in stderr: "PHP message: …"`). .NET's
//                error code after a type (`PostgresException (0x80004005): …`) and trimmed
//                apps' `Exception_EndOfInnerExceptionStack` are read; a generic exception
//                wrapped, from library code only, by the crash site's (EF Core's
//                DbUpdateException, AggregateException) contributes its message. A JSON
//                log record's stack of frames only (zap's `stacktrace`) is read with the
//                record's `msg` and `error` as its first line, and the exception Monolog
//                normalises into a JSON record's `context.exception` is read. An
//                exception without a stack trace adds the place its record names
//                (`code.function.name`, else a span's name shape: stackless-place.ts).
//   rounds-fp/11 two mistakes in one function
//                are two signatures where the trace or the runtime's message says which
//                code failed. Python's traceback prints each frame's source line: the crash
//                site's contributes (two KeyErrors, two statements meeting None, two int()
//                calls in one function were one signature). A runtime's own error for a
//                mistake in the code names that code (`order.total.toFixed is not a
//                function`, `totl is not defined`, PHP's `Undefined variable $totl` and
//                `Call to undefined method Cart::sum()`, Ruby's `undefined method 'x' for an
//                instance of Order`, casts), and so does the model an ORM's lookup did
//                not find: the name contributes (code-in-message.ts). A
//                value missing along a chain (`reading 'url'` of undefined) does not. A
//                log line's source location (`orders.go:42:`, klog's `orders.go:42]`,
//                `[orders.py:42]`) keeps its file, its line masked: it was masked as a
//                dotted name, and one message logged from two files was one signature.
//                The message of a Go error of a type outside the standard library
//                (`*main.ValidationError`) contributes, mined, as a generic type's: a Go
//                error carries no stack, its trace is where it was recorded, and two
//                failures of the service's own type recorded by one helper were one
//                signature. Likewise the message of an exception of the application's own
//                type (Java, .NET, PHP: its qualified name is in-app by the in-app rules):
//                two throws of one `OrderException` in one method were one signature
//                (both only for a message that reads as a sentence, not a bare value:
//                `new UserNotFoundException(username)`).
//                In Java, the name of the JDK method the crash site called, below which
//                a specific type was raised, contributes: `Integer.parseInt` and
//                `Double.parseDouble` in one method were one signature. The panic value
//                net/http logs before a recovered panic's stack (`http: panic serving
//                <addr>: <value>`) is read as its message (every panic it recovered in one
//                handler was one signature); a quoted text of several words in an
//                exception's message is one value unless a word of it states a failure.
//                A Monolog JSON record of an exception whose class is namespaced
//                (`App\Exceptions\X`) is read as that exception; it was mined as a line.
//   rounds-fp/12 the source line Ruby's
//                error_highlight prints under a NoMethodError's or NameError's message is
//                the crash site's code and contributes, as Python's does (two NoMethodErrors
//                on nil in one method were one signature); Logger's line of an exception
//                whose message has several lines (error_highlight's) is read as that
//                exception (it was read as a RuntimeError without a message). Ruby's
//                ArgumentError is generic: its message contributes (an `Integer()`
//                conversion and a range check in one method were one signature). The text
//                a Rust `expect` call was given contributes where the backtrace shows the
//                panic came from one (`config has no host` / `config has no port` in one
//                function mined to one template).
//   rounds-fp/13 in the message of a
//                generic type at an in-app crash site, a plain lowercase word right before
//                a value is that value's label and keeps two messages apart (`load customer
//                12: sql: no rows in result set` / `load invoice 3: …`, two queries of one
//                Go function wrapping sql.ErrNoRows with %w and recorded by one middleware,
//                were mined to one template, `load <*> <int>: …`).
//   rounds-fp/14 a type raised for every
//                reason its operation fails (PDOException, an HTTP client's, an I/O one) keeps
//                its message where a function of PHP's own raised it at the crash site (one
//                INSERT's unique, not-null and foreign-key violations were one signature);
//                PHP's JsonException and Guzzle's ConnectException are such types (`Syntax
//                error` / `Maximum stack depth exceeded` from one json_decode, a refused and a
//                timed-out call were one each); in opentelemetry-php's Java-like trace a frame
//                at its caller's file and line is PHP's own function, not the crash site; a
//                Monolog `[object] (PDOException(code: HY000): …)` is read as an exception.
//   rounds-fp/15 a .NET message of several
//                lines is read whole from Exception.ToString(), and a first line that is only
//                an error code's stock text (SQLite's: Mono.Data.Sqlite's `Abort due to
//                constraint violation`) is read with the reason on the line after it; a
//                UNIQUE, a NOT NULL and a FOREIGN KEY violation of one INSERT were one
//                signature (stock-text.ts).
//   rounds-fp/16 a JavaScript exception of a
//                class that is not the language's (`NotFoundError`), made at an in-app frame
//                (its stack's top frame), is the application's own and its message
//                contributes, mined, as a Java, .NET or PHP type of the application's
//                namespace does since rounds-fp/11; two throws of it in one function
//                (`customer 12 not found`, `invoice 3 not found`) were one signature.
//   rounds-fp/17 in the log miner two
//                labelled values whose labels are different words (`protocol:<*>` /
//                `request:<*>`, `shard=<*>` / `tenant=<*>`) and two `::`-qualified names
//                that differ in a word (`routines::unsupported` / `routines::http`) veto a
//                join, as two different words do; Postfix's `TLS library problem:` lines of
//                two OpenSSL reasons were one signature.
//   rounds-fp/18 the exception a JSON logger
//                writes in its own shape is read (structlog's dict_tracebacks, Log4j 2's
//                JsonLayout `thrown`, GELF's full_message, loguru's serialised record, a trace
//                below a message's first line, ECS Python's frames-only stack), a logged
//                JavaScript `Error: …` over V8 frames is that exception, a JSON record longer
//                than a message is parsed before it is cut, tracing-subscriber's `fields` hold
//                the message; and in the log miner two members of objects in code
//                (`operationExecutor.MountVolume`) are two words, not one dotted name.
//   rounds-fp/19 traces as people paste them are
//                read (quoted or indented alike on every line; Go's file lines without their
//                tab and wrapped arguments; .NET's ahead-of-time frames `+ 0x35`; Spring's
//                `nested exception is Type: message` as a cause; Node's uncaught banner as the
//                crash site), the error a log bridge puts in a record's attributes is read
//                (pino's `err` map, slog's `err` text), and a failed call's callee is its
//                address with its port (two components on one host were one callee).
//   rounds-fp/20 the message of a JavaScript
//                language error (TypeError, RangeError) the application's own code threw, in
//                words that are not the engine's, contributes; an anonymous crash site is told
//                apart by its server or consumer span's name; Tomcat's `threw exception [...]
//                with root cause` record is the named exception caused by the trace below it;
//                in the log miner two capitalised acronyms joined by a slash (`UDP/IPv4`,
//                `UDP/IPv6`) are two words, and a record whose lines repeat one header is one
//                message (RabbitMQ states the failure on its second line).
//   rounds-fp/21 more pasted trace forms are read
//                (PHP traces whose line breaks were lost and Bugsnag's `file.php:line -
//                Class::method` lists, Honeybadger's Ruby frame lists, Kubernetes' crash handler
//                callers, Elixir frames that lost their indentation, Flutter's console frames, a
//                header repeated on every line, .NET loggers' lines before the exception and a
//                frameless ` ---> Inner: message`); a quoted namespaced type name in an exception
//                message is kept; Rust panic headers joined to their message keep their
//                location; Python frames no exception line closes are the reported exception's,
//                and Next.js's copied error overlay is read as frames; in the log miner a DNS
//                question's record type is a value, and so is an SMTP stage after `after`, and a
//                mail peer's names before its bracketed address are left out.
//   rounds-fp/22 a .NET trace without its header line
//                keeps its first frame, App Center's .NET crash reports and Errbit's Ruby frames
//                are read, a caret-notation carriage return (`^M`) ends a line, a Python traceback
//                pasted without its indentation and a trace logged on one line with escaped line
//                breaks are read as frames, and OpenJFX's `javafx.*` frames are library code;
//                Drupal's throwable report and a PHP error line over Xdebug's call stack are read
//                as the throw site, and a Roslyn lambda keeps its ordinal within its method; in
//                the log miner a label printed with an empty value (`text=`) is still its label,
//                hex numbers joined by dots (slapd's `%08x.%08x` time) are one value, and a JVM
//                logger's `[thread:Class@line]` call site keeps its class.
//   rounds-fp/23 C++ (gdb, sanitizers, glibc's
//                backtrace_symbols, boost::stacktrace, backward-cpp, systemd-coredump), Swift and
//                Lua traces are parsed; .NET frames printed in another UI culture or run together
//                on one line are read; a function named as code in a message (`getTitle()`,
//                `checkout_path/2`) and, with no frame read, the member a null read names keep two
//                messages apart; Go's net/http recovering closure is not the crash site, a goroutine
//                pasted without its header is read and a GOPATH frame of another repository is a
//                dependency; a package-level closure is keyed `pkg.glob`; a trace copied from an
//                HTML page, Symfony's exception page as text, and words before Java's `Exception in
//                thread` are read; in logs, logcat, `dmesg -T`, macOS unified-log and Console.app
//                headers are transport headers, an outcome word in capitals (`NXDOMAIN`, a
//                bracketed `NT_STATUS_…`) never meets a value, a place that held two kinds of value
//                keeps its placeholder, Android's `package/.Class` and a word after `provider:` are
//                names, and a native frame's `symbol+offset` is a value.
//   rounds-fp/24 Rollbar's frame lists (Python's
//                `File "…", line N, in m` form) are read as Ruby's or JavaScript's frames,
//                innermost first, when the file is a Ruby file or a script's URL; Firefox's and
//                Safari's console rows are frames, and with no frame read their null reads keep
//                the member they name; Bugsnag's Ruby row under `## Stacktrace` is a frame;
//                Jackson's ` at [Source: …; line: 1, column: N]` is no frame; in logs, a list of
//                values after `key=` is one value, the word after a linking verb and a word
//                where the values around it are of other kinds are never joined as values, a
//                grammar word after `user`/`host` goes on with the sentence, a run of title-case
//                words closing a line is one value, a Windows path with spaces is one value, and
//                BSD syslog without a pid, OS X's syslog `std` lines, OpenWrt's logread,
//                journalctl's short-iso, logcat's `long` layout, PBS/Torque daemon lines and a
//                program's line in dmesg are read as transport headers.
//   rounds-fp/25 a PHP argument error
//                (TypeError, ArgumentCountError) is placed at the call its message names, and its
//                function and argument number count (the type given does not); Monolog 2's one-line
//                `[previous exception]` chain is read; a PHP closure named only by its class is
//                keyed with the method it ran under; Go's `must`/`Must` helpers and its
//                error-responding helpers (`respondError`, `writeError`) are error machinery, not
//                the crash site; Mono's `<M>c__IteratorN` / `<M>c__AnonStoreyN` lose their number;
//                in logs, a place that has held five different quoted names holds a value, a
//                field printed empty (`-`) where another line has an outcome word is another
//                outcome, a DNS question written type first in quotes has its type and transport
//                read as values, a word in capitals after a naming word without a colon goes on
//                with the sentence, fields joined by `;` in one token are read one by one, and a
//                failure key's code or word (`code=H12`, `err=ECONNRESET`) is kept, not masked.
//   rounds-fp/26 Go's JSON type error keeps the
//                struct field and its Go type, not the value sent; generic code as the crash site
//                (Go `F[...]`, a .NET generic type's method) adds its first caller that is not
//                generic; in a log line a `Type.member` token is code, and a quoted value after an
//                error key (`error="…"`) is read word by word; a 22-character URL-safe base64 id is
//                a value; Unity console rows, .NET frames cut inside their arguments and a .NET
//                trace folded onto one line are read as frames; a message ending `(Exception from
//                HRESULT: 0x…)` is keyed by the code; a header repeated on every line may end in
//                `| ` after a service name or be a bracketed time; PHPUnit's error report is read.
//   rounds-fp/27 a .NET AggregateException's
//                `---> (Inner Exception #N)` listing is skipped entry by entry, not read as another
//                inner exception; PHP under /usr/share/php and /usr/share/pear is library code;
//                Monolog 2's `[previous exception]` with stack traces starts the next exception,
//                outer first; frames in a compiled Blade template are filed under the template the
//                message's `(View: …)` names; a .NET generic method (`Api.Read[T]`) is generic code;
//                the JSON path in a Newtonsoft.Json message is code the message names; a trace
//                with no type and message uses the library frame at its top; Ruby's error_highlight
//                line, Logger records opening with a frame and `block in` frames are read; a short
//                docker compose column is a line header, hclog's bracketed level and logger name
//                follow its time; Go 1.23 goroutine headers, gin's release-mode rows, indented
//                goroutine blocks, vendored frames cut short and a local module's zero
//                pseudo-version are read; Bugsnag's and Raygun's .NET rows and the ASP.NET Core
//                developer page as text are frames; an uncaught PHP header alone (or quoted by
//                Apache or nginx) names its throw site; PHP's `in Unknown on line 0` names no file;
//                a .NET chain printed on one line (`Outer: m ---> Inner: m2`) is read as .NET, a
//                12-hour clock's am/pm after a line header's time is part of the header, and a quoted
//                EF Core constraint or index name (`"PK_section"`) names the failure.
//   rounds-fp/28 PHP's `Cannot instantiate …
//                <class>` names code; PHP's base `Error` named by a class in PHP's own output is no
//                log level; a Laravel header whose message runs over lines is read, and Monolog's
//                JSON escaping of its context's exception undone; a Go `init.N` frame is keyed with
//                its file; a value written as its type's constructor call is told apart by its
//                types; Tornado's header is a line header; a path's query is masked with the path;
//                a dash between two values continues the run of values (a growing connection
//                prefix); a quoted snake_case dotted name, and a quoted name after `column`/`table`
//                and the like, is a name; PHP's error line inside a handler's exception and PHP 5's
//                `Uncaught exception '…'` relayed by nginx are read; logcat's threadtime priority
//                and tag are part of a line header; a .NET paste opening at ` ---> ` reads that
//                inner exception; a name closing a bracketed label (`[pool www]`) is a name; a
//                repeated line header may change its time's fraction of a second; a goroutine dump
//                escaped in a JSON string, a trace copied with a CI log view's line numbers, a Go
//                function line cut inside its arguments and a PHP message quoted with `in <file>
//                on line <n>` are read.
//   rounds-fp/29 Go's text/template ExecError keys
//                the template set, the template and the action, not the line, column or reason; a
//                word followed by an ellipsis (`initiated...`) is a word; a quoted token after
//                `near` is the text a parser stopped at, a value; a quoted name after `type`,
//                `class`, `interface`, `trait`, `enum` or `struct` names a type; a qualified type the
//                in-app rules call the application's counts in a message whose crash site is
//                library frames only; xUnit.net's `file(line,col): at method()` rows are .NET
//                frames; a block under a message's first line ending in a colon is its subject; a
//                trace no parser reads, with no type and no message, is named by its text;
//                Symfony's `Environment variable not found: "…"` names its variable; a quoted name
//                after `action`, `module`, `command` or `keyword` in a log line is a value; a span
//                message that is a PHP error line is read as that error at its file; ASP.NET's
//                Yellow Screen text is read as the chain it shows; a reflection wrapper
//                (TargetInvocationException) around another exception leaves the type chain; an
//                Elixir stack recorded without its header is read as Elixir's.
//   rounds-fp/30 a Go closure of an inlined
//                function is keyed by the function that declares it, a range-over-func loop body
//                (`-rangeN`) by its function; in a log line a plain word between a kind's word and
//                an address in parentheses names that endpoint, an identifier in parentheses
//                opening the message is a value, `script` and `directive` join the configured
//                objects' words (capitalised too, opening a message), a URL without its scheme is
//                one value, and a quoted `name = value` line echoed back is one value; a quoted
//                snake_case identifier is kept in a log line as in a message; App Center frame
//                rows in the device's language are read; Rust's standard library in a toolchain's
//                own tree and `.cargo` with Windows separators are library code, and a Rust
//                backtrace with no Rust symbol is placed at its panic's location; merged after
//                the version moved: a Go slog record of a recovered panic is read with the panic
//                value as its message; a .NET exception raised in System.* calls below the
//                statement is named by the function the statement called; a record whose first
//                line is only its line head is read with the next line; a glibc backtrace frame
//                without a function name is a frame; `option` and `policy` join the configured
//                objects' words; a naming label right after a naming word is the label; PHP's
//                null reads (`Attempt to read property "x" on null`) keep their property.
//   rounds-fp/31 the template miner joins one
//                statement's templates of different lengths at a run of tokens between constant
//                words (variable-run.ts); a .NET runtime type printed by its short name is read by
//                its full name; Laravel's error page copied as text is read as the exception it
//                shows; a bracketed name after a word for a kind of code object, and a Kubernetes
//                resource with its API group, are kept as words; a Go `interface conversion`
//                panic dump is a *runtime.TypeAssertionError and a recovered runtime error logged
//                by slog keeps its value; a line head whose second fractions differ in width is a
//                line head; SQL Server's `The duplicate key value is (…).` is data; a first line
//                that only opens a record is read with the record; in a log line a number and its
//                unit quoted after a label, a quoted value after `value` or `value of`, a word
//                after `parameter`, a value after slash-joined label words and a network
//                interface's name (in parentheses too) are values; the AWS SDK for PHP's exception
//                header printed before PHP 5's chain is the outer exception; an Elixir exception's
//                module recorded as `Elixir.X` is the type `X`, as Elixir prints it.
//   rounds-fp/32 an IPv6 address with its zeros
//                compressed (`::1`, `fe80::1`) and a PCI device's address (`0000:c5:00.0`) are
//                values; a route of the template miner holds at most 256 templates; a .NET chain
//                wrapped after its `--->` is read whole, a frameless inner exception gives way to
//                the innermost one with frames, AggregateException drops out of the type chain,
//                NLog's `type|message|method|stack` fields and HTML-escaped frame lines are read
//                as ToString() prints them, and a Mono lambda keyed by its method adds the library
//                call that ran it; a Go crash reporter's `runtime error:` line is the panic's
//                message and an unhashable map key is one failure however Go 1.26 raises it; a
//                frame of PHP's own function is keyed by its name; in a log line Go's XML syntax
//                account, a list of quoted members, a bare setting name after `option`, the
//                words of a rejected directive, a quoted party name after `client`/`nick` and a
//                quoted word after a value closed by a colon are values, and a level written into
//                the text does not part lines that differ in nothing else but values; transport
//                headers of launchd, a journal line cut to its time, `dmesg -H`/`-r` and
//                Console.app, block device names, a driver's name repeated after its device, and
//                the audit record header are read; a trace pasted inside Markdown inline code is
//                read without the code span's backticks; a place of a log line becomes a value
//                only where the lines share another word, and a line of values only joins values
//                written alike; the word after `unknown`/`invalid` names what is rejected and a
//                quoted text after `unknown|invalid <snake_case_key>` is the value rejected; a .NET
//                header behind a logger's bracketed tags, a paste with every line break doubled
//                and a Go stack whose frames a logger formatted (no goroutine header, spaces for
//                tabs) are read.
//   rounds-fp/33 dates with the month's name
//                between dashes (`05-Dec-2026 01:34:14`, `6-Dec-2026::10:00:01`) or before the
//                day and a comma (`Dec 06, 2026 10:00:01 AM`) are one date; a word naming an IP
//                address family by its number (`IPv4`/`IPv6`, `listen4`/`listen6`) keeps its
//                digit; `Name:` labels the name after it, and a failure word after a naming word
//                is no name; a goroutine header run into the line before it, a .NET header
//                behind a logger's words on its line and NLog's default layout are read; a time.ParseError's layout names
//                the parse and encoding/json's syntax account ending a wrapped message is one
//                value; in a log line a `result` key's quoted value is read word by word, a quoted
//                account after `uid`/`gid` and an account at `localhost` in parentheses are
//                values; systemd's job status lines keep the unit's description as one value, a
//                FreeBSD debugger frame's function is a value, a program's tag repeated after its
//                syslog tag and anaconda's syslog header are read; a link named by its kind and
//                a number (`veth0`) is a network interface's name; a quoted configuration key
//                and its group are values; a quoted text in `value "…" for` is one value of one
//                class.
//   rounds-fp/34 one of PHP's own functions
//                called back by another (`[internal function]: trim()` under array_map) is
//                native; a stack through Go's sync.OnceFunc/OnceValue/OnceValues wrapper has the
//                wrapper's caller as crash site; a recovered Go panic's value is typed as its
//                recovery's log types it; a Go program run from the module cache
//                (`module@version/`) owns the frames under its own root; the Windows Application
//                log's report of an unhandled .NET exception and a header in Markdown bold are
//                read as the exception prints; a configured instance's snake_case name right
//                after a line's level header, an IRC `nick!user@host`, a quoted span of several
//                words, a comma-joined list of quoted names and an SELinux AVC record's
//                permissions and audited fields are values; IRC formatting codes are dropped;
//                names closed alike by a bracket count among a place's values; logcat's
//                `E/Tag: ` layout and threadtime lines without their time are read as headers;
//                the bare argument a program rejects at a line's end (`Invalid argument to %s
//                Directive: %s`) is a value; a PHP `include`/`require` frame is keyed by the
//                file alone, a `<repo>-master/` or `<repo>-main/` directory reads as `<repo>/`,
//                and Visual Studio's exception details (`Message=` … `StackTrace:`) are read as
//                the exception prints; a Go frame cut before its file line is a library's when
//                the trace shows its module in the module cache; the value after `new value`
//                at a line's end and a backquoted word after a colon-closed value are values.
//   rounds-fp/35 Kohana's `ErrorException [ Fatal
//                Error ]:` before `Uncaught …` is read past, an uncaught argument TypeError
//                quoted alone has the method it names as crash site, .NET's Korean frame words
//                are read and an untyped .NET exception with the runtime's null-reference text
//                is a NullReferenceException; a Go `<autogenerated>` wrapper frame is library
//                code unless it raised the panic itself, Collision's console report is read as
//                the PHP throwable it shows and a .NET header behind a quoting `> ` or `"` is
//                read without it; a Go closure of a closure inlined into a function loses every
//                landing of that function; a helper named `failed` is error machinery; a Go
//                goroutine dump logged beside an `err` field takes that error as its message;
//                rspamd's logger header keeps only the function; a configuration line echoed
//                after `config line <n>:`, a pool's scoreboard after `states:` and a
//                `name:number` pair after a preposition are values; strongSwan's IKE_SA tag is
//                dropped; a padded list closing a line, a command quoted argument by argument
//                in parentheses, a quoted command line with options, output relayed after an `,
//                output:` field, a CamelCase kind after a closing count and a quoted word after
//                `id` or `config` are values; ART's GC summary head, Android's CPU usage row, a
//                macOS crash report's OS version and crashed thread rows and the kernel's taint
//                line read as one statement each.
//   rounds-fp/36 a PHP throwable raised by a file
//                Composer's autoloader loaded, or by its autoload_real.php, keeps that file as
//                its only frame; PHP 7's failed require is read as PHP 8's Error, Whoops' copied
//                page as PHP's trace, a PHP trace run into its message is cut from it and an
//                uncaught fatal error quoted by another program keeps its header; a PHP function
//                whose own return declaration the TypeError says it broke (a `never` helper that
//                returned) is the crash site though named as a throw helper; a Go program that
//                died of a runtime fault in a deferred function while an earlier panic unwound
//                has that function as crash site and the fault as message; a Mono lambda run by
//                a deferred LINQ query's iterator after the method that wrote it returned is told
//                by the iterator's type; an ASP.NET error page's stack section pasted without its
//                title, a .NET header inside a JSON field or after a logger's message, a
//                debugger's exception notice and ASP.NET's health-monitoring block are read; an
//                exported Windows event and a .NET Runtime event are read by their description;
//                a quoted value under a key that qualifies the error word, a `reason` key's
//                quoted value (but beside a status code) and a status key's quoted text of
//                several words are read word by word; `plugin` names a configured object; a
//                library's `lib/instance:` tag repeated later in the line is one value; more of
//                the registered HTTP reason phrases are statuses; the kernel's arm backtrace
//                rows, a driver's name in parentheses after an interface, dump_stack's hardware
//                name row, a syslog header with an empty host field or behind a Markdown
//                backtick, a pid in escaped brackets, the Korean month, grep's file-name
//                prefix and a logfmt message cut before its closing quote are read; optional
//                `key=value` fields closing a record are one template's.
//   rounds-fp/37 an object's identity repr
//                (`<Class at 0x… …>`, nested ones inside) is one value, and so are the quoted
//                child and its stream above a supervisor's relayed output; a module's name
//                written bare between `on|for|to|in|of module` and `from` is a value; PHP's
//                DivisionByZeroError and ArithmeticError keep their message, which names the
//                operation that failed; a namespaced .NET exception type alone after a logger's
//                `: ` is the header, an async step among the library frames that stand in for a
//                missing app frame counts by its declaring type (Markdown eats `<Method>`), and
//                Go frames with unindented file lines are read; a Go pointer receiver whose `*`
//                Markdown ate (`(_Conn)`) is `(*Conn)`, Visual Studio's Call Stack window is read
//                as .NET frames, a header that is only the null-reference text is an untyped
//                NullReferenceException, and a PHP error line wrapped before its place or a
//                frame is read joined; a .NET instance constructor at the crash site is keyed
//                with its parameter types; a MIB's `X ::= { Y n }`, the token a configuration
//                reader could not use and a module's name in parentheses are values.
//   rounds-fp/38 what another release or host
//                changes is read as the same code — a Go fatal error's runtime stack without
//                its arguments, a Go package built outside GOPATH by its last directory, a file
//                directly in a home directory by its name, a V8 eval frame by the file that made
//                the code, and .NET's older closure classes, a generic method's lambda class and
//                Visual Basic's closures and lambdas without their counters; Rust's 2018
//                toolchains' bare `libcore/` is the standard library's; Symfony's compiled
//                container namespace and a directory made for one run (Python's and pip's
//                temporary directories) lose their random part; a log line holding a whole
//                escaped goroutine dump is read as that dump; Visual Studio's older "was
//                unhandled by user code" details are typed by the name before those words; the
//                JSON kind in a logged `cannot unmarshal <kind> into Go` is a value; a
//                naming word opening a parenthesis names the word after it, and the kind
//                after `No matching algo` is a value; cron's job command line, the account a
//                PAM message ends on and su's two accounts are values; a logger's tagged
//                line gives way to the .NET exception line under it, console-cut Go file
//                lines are joined, TYPO3's and MediaWiki's exception log lines are read as
//                PHP's exception, and a .NET exception raised wholly inside the runtime keys
//                the runtime type that raised it; a word right before a noun naming a kind of
//                the program's parts (service, listener, worker…) names which part; PHP's
//                engine errors are keyed in PHP 8's wording and level.
//   rounds-fp/39 a quoted name at the head of a
//                log line routes as a value, so one statement about many named objects joins
//                there as quoted names elsewhere do; PHP 7's wordings of an argument or a
//                return value of the wrong type (and of a built-in's argument, a warning
//                before PHP 8) are keyed as PHP 8's TypeError, without the parameter's name;
//                a time, a process's name and its pid before a PostgreSQL-family report
//                (pgpool-II's prefix) are a header, the SQL echoed after `statement:` in a LOG
//                report is one value, and a labelled value beside a plain word is another
//                statement; a word right before `file` or `directory` (or before one plain
//                word and then `file`) names which of the program's files, never a value.
//                A logger's prefix on every line of a trace but the first is cut from the lines
//                under it, a one-line trace whose backslashes were doubled with its escaped
//                breaks is unescaped, a `#N` a help desk made a Markdown link reads as `#N`, a
//                localized .NET frame word a wrong encoding mangled reads as `at`/`in`, and
//                WooCommerce's log line of an uncaught throwable is PHP's uncaught header. An
//                ErrorException's engine-called frame #0 at the built-in's line is the error
//                handler, not the crash site; a Go slice-to-array conversion's array length, a
//                whole segment of an error chain and strconv's quoted input are read as what
//                they are (a type's, the wrapping site's, one value).
//   rounds-fp/40 a quoted name opening a log
//                line's message is a value's place after three names, and a quoted name before
//                `file` one the program was given; PHP assert()'s default message (the asserted
//                expression) is the code's own text; a PHP error line behind Apache's error-log
//                fields, an uncaught-error line relayed alone and GLPI's error-handler record are
//                read as PHP's; a DNS record type without a class closing a question is a value,
//                and the message a Lua traceback is printed above replaces its placeholder; a
//                function name a C logger writes before its message belongs to the statement,
//                and bracketed text a lower-case label introduces, closing the line, is one
//                value, as is a quoted text closing a line after a value and its comma.
//   rounds-fp/41 glibc's `(nil)` is a pointer, a
//                long option a program names is its text, a JSON object dumped after a label
//                is one value unless it reports a failure, a relayed line after `NAME -> NAME`
//                and its sender are values, a kinded name (`IRC::alice::local`) keeps its kind,
//                a bracket of lower-case words standing apart is a status, and a name leading a
//                message that closes with its source location is a value; Go's runtime frames
//                under a symbolised `runtime.gopanic` are dropped, a frame with elided type
//                arguments is a frame, and a frames-only stack takes the recovered value as its
//                message; a PHP method a built-in called back that refuses an argument has the
//                built-in's caller as its crash site, Laravel's engine-called error handler is
//                no built-in and its context is read past members before `"exception"`; a .NET
//                crash report's bare label or labelled fields read as the exception's header,
//                guard-clause extension classes are throw helpers, and another program's last
//                lines no longer break a syslog paste's prefix.
//   rounds-fp/42 a .NET header that is no `Type: message` is a message (under the type it
//                names), Ben.Demystifier's frames are frames, a message led by a record's
//                header is read without it, a float with an exponent is one value, a
//                trace's text is read as plain lines (line ends, trailing spaces, blank
//                ends, a shared quote mark or indentation), and a compose service column
//                is a header only whole.
//   rounds-fp/43 a Go map race is read by what the runtime threw, PHP JSON log records
//                are read as the exception they hold, a milter's stand-in for a missing id
//                is a value, and configured client names, listener kinds, DNS question
//                classes, spaced key-values, messaging object names, access-log methods,
//                proxy sections and zone prefixes are read as values or constants as their
//                programs write them.
//   rounds-fp/44 a .NET error with no application frame is read by the DbContext EF Core
//                names, throw helpers, compiled expressions and the previous record's tail
//                are set aside, Symfony's fatal carriers are read as the error they carry,
//                class names of one kind at one site stay apart, and shim records, namespace
//                and XML node names, command lines, HTTP methods, bracketed fields, session
//                protocols and packet methods are read as values as their programs write them.
//   rounds-fp/45 .NET developer pages' frames and MAUI platform heads, PHP errors cut at the
//                trace, wrapped to a console's width or rethrown by the engine, Nextcloud's
//                error-handler records, Go's C runtime locations and log views' bars are
//                read as their programs write them, and header dumps, request methods,
//                optional clauses, enumerated constants and device names are values.
//   rounds-fp/46 JVM frames without line numbers, Python tracebacks run onto one line and
//                Go loggers' frame-object stacks are read as traces; bytes written as `\xHH`
//                escapes, LDAP names and bracketed field runs are values, and a name in its
//                own parentheses, before a spaced `=` or closed by its colon is a name.
//   rounds-fp/47 Ruby backtraces printed under Python's traceback heading, V8 frames without
//                the space before their location and Node's error constructors are read as
//                their runtimes write them, a gem that entered a failure with no application
//                frame names it, a DI container's lookup frames are set aside, and host names
//                after hardware addresses, quoted prefixed values, missing key names and
//                backend labels are values.
//   rounds-fp/48 this implementation (docs/fingerprinting.md).
//
// Upgrading: a hash cannot be inverted, so an old fingerprint is mapped to the new one by
// re-running the current algorithm on one stored occurrence of the signature (occurrences keep
// the raw exception and body); without one, on the signature's stored type, message and
// culprit. The old fingerprint becomes an alias of the new one, so events still resolving to
// it (e.g. from a lagging instance) land in the same signature.
import { hash } from 'node:crypto';
import type { FingerprintInput, Fingerprinter } from './index.js';

export const ALGORITHM = 'rounds-fp/48';
export const KNOWN_ALGORITHMS = ['fp0', 'rounds-fp/1', 'rounds-fp/2', 'rounds-fp/3', 'rounds-fp/4', 'rounds-fp/5', 'rounds-fp/6', 'rounds-fp/7', 'rounds-fp/8', 'rounds-fp/9', 'rounds-fp/10', 'rounds-fp/11', 'rounds-fp/12', 'rounds-fp/13', 'rounds-fp/14', 'rounds-fp/15', 'rounds-fp/16', 'rounds-fp/17', 'rounds-fp/18', 'rounds-fp/19', 'rounds-fp/20', 'rounds-fp/21', 'rounds-fp/22', 'rounds-fp/23', 'rounds-fp/24', 'rounds-fp/25', 'rounds-fp/26', 'rounds-fp/27', 'rounds-fp/28', 'rounds-fp/29', 'rounds-fp/30', 'rounds-fp/31', 'rounds-fp/32', 'rounds-fp/33', 'rounds-fp/34', 'rounds-fp/35', 'rounds-fp/36', 'rounds-fp/37', 'rounds-fp/38', 'rounds-fp/39', 'rounds-fp/40', 'rounds-fp/41', 'rounds-fp/42', 'rounds-fp/43', 'rounds-fp/44', 'rounds-fp/45', 'rounds-fp/46', 'rounds-fp/47', ALGORITHM] as const;

/**
 * sha-256 over the algorithm id and the parts, NUL-separated, truncated to 128 bits.
 * `crypto.hash` (one shot, Node ≥ 20.12) costs a third of createHash().update()….digest().
 */
export function digest(parts: readonly string[]): string {
  return hash('sha256', `${ALGORITHM}\u0000${parts.join('\u0000')}`, 'hex').slice(0, 32);
}

/** What the upgrade needs of a stored signature (a subset of model.Signature). */
export interface StoredSignature {
  fingerprint: string;
  algorithm: string;
  source: 'span' | 'log';
  service: string;
  type: string;
  message: string;
  culprit?: string;
}

export interface UpgradeResult {
  fingerprint: string;
  algorithm: string;
  /** Fingerprints to record as aliases of the signature (the old one, when it changed). */
  aliases: string[];
  changed: boolean;
  /** `sample` when an occurrence was re-fingerprinted, `summary` when only the stored fields were. */
  basis: 'current' | 'sample' | 'summary';
}

/**
 * Maps a signature fingerprinted by an older algorithm version to the current fingerprint.
 * Pass one stored occurrence as `sample` whenever there is one: the summary fields lose the
 * stack trace, so a summary-based mapping can only reproduce a fingerprint that did not depend
 * on frames (plain logs, unparseable traces).
 */
export function upgradeFingerprint(fingerprinter: Fingerprinter, signature: StoredSignature, sample?: FingerprintInput): UpgradeResult {
  if (signature.algorithm === fingerprinter.algorithm) {
    return { fingerprint: signature.fingerprint, algorithm: signature.algorithm, aliases: [], changed: false, basis: 'current' };
  }
  const input: FingerprintInput = sample ?? (signature.source === 'log' && !signature.culprit
    ? { source: 'log', service: signature.service, body: signature.message, severityText: signature.type }
    : { source: signature.source, service: signature.service, type: signature.type, message: signature.message });
  const result = fingerprinter.fingerprint(input);
  const aliases = [signature.fingerprint, ...result.aliases].filter((f) => f !== result.fingerprint);
  return { fingerprint: result.fingerprint, algorithm: result.algorithm, aliases, changed: true, basis: sample ? 'sample' : 'summary' };
}
