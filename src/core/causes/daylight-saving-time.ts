// A local (wall-clock) time the time-zone library refuses at a daylight-saving transition. On the
// day the clocks go forward the skipped hour's times never happen (02:30 on 28 March 2027 in
// Europe/Madrid); on the day they go back the repeated hour's happen twice. Code that builds a
// local time from a date and a time of day (a day's slots, a stay's half-hours, a calendar's
// midnight, a meter's naive readings) and makes it aware in a zone fails for the inputs that fall
// there, and only for them: the rest of the same code path is served, and it fails again at the
// next transition. Each library's words: pytz's `NonExistentTimeError: 2013-03-31 02:50:00` and
// `AmbiguousTimeError` (raised by its localize with is_dst=None, which Django's make_aware called
// before Django 4: DMOJ/online-judge#330, feincms/feincms#408, akvo/akvo-rsr#5192), pandas'
// tz_localize with `Cannot infer dst time from …, try using the 'ambiguous' argument`
// (pandas-dev/pandas#14402, nilmtk/nilmtk#450), java.time's ZonedDateTime.ofStrict with
// `LocalDateTime '…' does not exist in zone '…' due to a gap in the local time-line, typically
// caused by daylight savings`, Joda-Time's `Illegal instant due to time zone offset transition
// (daylight savings time 'gap')`, Ruby's TZInfo with `… is an invalid local time.` (PeriodNotFound)
// and `… is an ambiguous local time.` (AmbiguousTime), Noda Time's SkippedTimeException and
// AmbiguousTimeException (`Local time … is invalid in time zone …`, `… is ambiguous in time zone
// …`), polars' `datetime '…' is non-existent in time zone '…'` and `… is ambiguous in time zone
// '…'`, Elixir's DateTime with `such instant does not exist in time zone …`, and .NET's
// TimeZoneInfo with `The supplied DateTime represents an invalid time.`. Not the host's clock (clock-skew), nor a zone name that does not exist
// (`UnknownTimeZoneError`), nor a date out of its field's range (`Invalid value for MonthOfYear`),
// nor a word such as an ambiguous column.

/** A library's words for a local time the clocks skipped (the day daylight saving time begins). */
export const SKIPPED_LOCAL_TIME =
  /\bNonExistentTimeError\b|does not exist in (?:time-?)?zone '[^']*' due to a gap in the local time-line|\bIllegal instant due to time zone offset transition\b|\bSkippedTimeException\b|\bis an invalid local time\b|\bTZInfo::PeriodNotFound\b|\bThe supplied DateTime represents an invalid time\b|\b(?:is non-existent|is invalid|does not exist) in time zone\b/i;

/** A library's words for a local time that happened twice (the day daylight saving time ends). */
export const REPEATED_LOCAL_TIME = /\bAmbiguousTimeError\b|\bCannot infer dst time from\b|\bAmbiguousTimeException\b|\bis an ambiguous local time\b|\bTZInfo::AmbiguousTime\b|\bis ambiguous in time zone\b/i;

/** Which transition the words say the local time fell in, if any. */
export function daylightSavingTransition(text: string): 'skipped' | 'repeated' | undefined {
  if (SKIPPED_LOCAL_TIME.test(text)) return 'skipped';
  if (REPEATED_LOCAL_TIME.test(text)) return 'repeated';
  return undefined;
}

/** What the code-defect rule says of a local time refused at a transition, where `frame` builds it. */
export function localTimeAtTransition(transition: 'skipped' | 'repeated', service: string, frame: string | undefined, words: string): { cause: string; fix: string } {
  const where = frame ? ` (${frame})` : '';
  if (transition === 'skipped') {
    return {
      cause: `${service}'s code${where} builds a local time that does not exist in its time zone ("${words}"): on the day the clocks go forward, when daylight saving time begins, the wall-clock times of the skipped hour never happen, and the time-zone library refuses to make one of them aware. Only the inputs that fall in that gap fail (a day's slots, a stay over that night, a schedule at that hour), and they fail again at the next transition; not the host's clock, nor a dependency.`,
      fix: `Say what a skipped time means where ${service} makes local times aware: pytz's localize or Django's make_aware with is_dst=True or False (or Python's zoneinfo, which resolves it by fold without raising), pandas' tz_localize(nonexistent='shift_forward'), java.time's atZone or ZonedDateTime.of (which shift it) rather than ofStrict, TZInfo's local_to_utc with a block, Noda Time's lenient resolver, TimeZoneInfo.IsInvalidTime before converting. Better, count the slots in UTC and turn them into local time only to show them; test the transition days of the zones ${service} serves.`,
    };
  }
  return {
    cause: `${service}'s code${where} makes aware a local time that happened twice in its time zone ("${words}"): on the day the clocks go back, when daylight saving time ends, the wall-clock times of the repeated hour occur twice, and the time-zone library refuses to choose which one is meant. Only the inputs holding a time of that hour fail (the readings or events of that night, a period that covers it); not the host's clock, nor the data's producer sending anything new.`,
    fix: `Say which of the two times is meant where ${service} localizes them: pandas' tz_localize(ambiguous='infer' for a sorted series, an array of DST flags, or 'NaT'), pytz's localize or Django's make_aware with is_dst, Python's zoneinfo with fold, TZInfo's local_to_utc with dst:, Noda Time's resolver. Better, have the times recorded in UTC or with their offset where they are produced, and test the transition days of the zones ${service} serves.`,
  };
}
