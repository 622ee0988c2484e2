// A background job or message consumer that looks up, by its id, the record its message was sent
// for and does not find it: the producer enqueued the job from inside the transaction that writes
// the record (Rails' after_create and after_save run before the commit), so a worker that takes the
// job at once reads before the row is visible to it, and its retry, a moment later, finds it —
// read-after-write across a queue. Sidekiq's wiki answers its "Cannot find ModelName with ID=12345"
// errors so (sidekiq/sidekiq#322, rails/rails#20927: `after_create` enqueuing a job whose
// `Model.find` 'sometimes' raises ActiveRecord::RecordNotFound; the fix `after_commit on: :create`).
// A read from a replica behind the primary misses the row the same way. Not a web request's lookup
// (a client asking for an id that is not there is a 404), nor one message failing again and again
// (redelivered: the poison-message rule), which a missing row would give every time.
import type { Evidence } from '../model.js';

/**
 * An ORM's words for a lookup by primary key that found no row: ActiveRecord's `Couldn't find
 * Message with 'id'=42` (`with id=42` before Rails 5), Eloquent's `No query results for model
 * [App\Models\Message] 42`, Django's `Message matching query does not exist.`, Hibernate's
 * `No row with the given identifier exists` and JPA's `Unable to find com.x.Message with id 42`.
 * Bare "not found" words are not: they say nothing of a record looked up by the key a job carries.
 */
export const RECORD_NOT_FOUND_BY_ID =
  /\bCouldn't find [A-Z][\w:]{0,100} with '?id'?=|\bNo query results for model \[[\w\\]{1,200}\]|\b[A-Z]\w{0,100} matching query does not exist\b|\bNo row with the given identifier exists\b|\bUnable to find [\w.$]{1,200} with id\b/;

/**
 * The failing code is a job's or a consumer's: most samples are deliveries (CONSUMER spans, or
 * records naming a messaging system), or the top in-app frame is in a jobs, workers, tasks or
 * consumers directory or a class so named (Rails' app/jobs and app/workers, Laravel's app/Jobs,
 * `EmailMessageJob#perform`).
 */
export function runsAsJob(ev: Pick<Evidence, 'consumed' | 'topInAppFrame' | 'scheduledJob'>): boolean {
  if (ev.scheduledJob) return false;
  if (ev.consumed) return true;
  const frame = ev.topInAppFrame ?? '';
  return /(?:^|[\/\\(\s])(?:jobs|workers|consumers|listeners)[\/\\]|\b[A-Z]\w*(?:Job|Worker|Consumer)\b|_(?:job|worker|consumer)\.rb\b/.test(frame);
}

/**
 * The words of a job's lookup that found no row, when the evidence reads as read-before-commit:
 * the ORM's not-found by id, in a job's code, with no one message redelivered.
 */
export function readBeforeCommit(ev: Pick<Evidence, 'consumed' | 'topInAppFrame' | 'scheduledJob' | 'redelivered'>, text: string): string | undefined {
  const words = RECORD_NOT_FOUND_BY_ID.exec(text)?.[0];
  if (!words || ev.redelivered || !runsAsJob(ev)) return undefined;
  return words;
}
