// An answer carrying a value its reader's enum does not hold. An API (or a producer) that adds a
// value to an enumeration and starts answering it breaks every caller whose model predates the
// value, though the field keeps its name and type: joelittlejohn/jsonschema2pojo#728 ('If I add a
// new value to an existing Enum and start returning it from my service any client who has not
// upgraded to the latest version of the JAR containing the new Enum will start getting exceptions
// during deserialization'); travel-cloud/Cheddar#301 and spinnaker/fiat#141 turned Jackson's
// READ_UNKNOWN_ENUM_VALUES_AS_NULL on against it; Adyen/adyen-java-api-library#1514 made its
// generated enums read unknown values as null 'to be resilient when new enums appear in the API
// responses'. Told from a field whose type changed (docs/diagnosis.md, unexpected-response) by the
// serializers' own words, which name the value, the enum and, for Jackson, the values it accepts:
//
//  - Jackson: `Cannot deserialize value of type \`…Status\` from String "V": not one of the values
//    accepted for Enum class: [A, B]`, before 2.12 `… from String "V": value not one of declared
//    Enum instance names: [A, B]` (InvalidFormatException);
//  - kotlinx.serialization: `…Status does not contain element with name 'V'`;
//  - Python's enum: `'V' is not a valid Status` (ValueError).
//
// A value the enum holds in another case (Mollie's `"bearer"` against `[BEARER]`: zwaldeck/mollie#44)
// is no value added: the answer spells it otherwise, which the wording says instead.

export interface UnknownEnumValue {
  value: string;
  /** The enum's simple name (its last segment). */
  enumName: string;
  /** The values it accepts, when the words list them. */
  accepted?: string[];
  /** The value is among the accepted ones but for its case. */
  otherCase: boolean;
}

const JACKSON = /\bCannot deserialize value of type `(?:[\w$]+\.)*([\w$]+)` from String "([^"\n]{1,80})": (?:not one of the values accepted for Enum class|value not one of declared Enum instance names): \[([^\]\n]{0,600})\]/;
const KOTLINX = /\b(?:[\w$]+\.)*([\w$]+) does not contain element with name '([^'\n]{1,80})'/;
const PYTHON_ENUM = /\bValueError: '([^'\n]{1,80})' is not a valid ([A-Z][\w]{0,80})\b/;

/** The value, enum and accepted values the words name, if they are a value its enum does not hold. */
export function unknownEnumValue(text: string): UnknownEnumValue | undefined {
  const j = JACKSON.exec(text);
  if (j) {
    const accepted = j[3].split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { value: j[2], enumName: j[1], accepted, otherCase: accepted.some((a) => a !== j[2] && a.toLowerCase() === j[2].toLowerCase()) };
  }
  const k = KOTLINX.exec(text);
  if (k) return { value: k[2], enumName: k[1], otherCase: false };
  const p = PYTHON_ENUM.exec(text);
  if (p) return { value: p[1], enumName: p[2], otherCase: false };
  return undefined;
}

/** The clause a cause says it with: what the answer carries that the model does not hold. */
export function unknownEnumClause(e: UnknownEnumValue): string {
  const list = e.accepted ? ` (it holds ${e.accepted.join(', ')})` : '';
  return e.otherCase
    ? `"${e.value}" for ${e.enumName} is a value the enum holds in another case${list}: the answer spells the value otherwise than the model reads it`
    : `"${e.value}" for ${e.enumName} is a value the enum does not hold${list}: the API has added a value to the enumeration (a release of it, or of what it passes on) that this client's model predates`;
}

/** What `service` is to do about it. */
export function unknownEnumFix(e: UnknownEnumValue, service: string): string {
  if (e.otherCase) return `Read ${e.enumName} without regard to case (Jackson's ACCEPT_CASE_INSENSITIVE_ENUMS, or a @JsonCreator that maps the value), or upgrade the client to a version that does.`;
  return `Update ${service}'s model of the answer (the client library the API publishes) to a version whose ${e.enumName} holds "${e.value}", and make it read values it does not know instead of failing the whole answer (Jackson's READ_UNKNOWN_ENUM_VALUES_AS_NULL, or an UNKNOWN constant marked @JsonEnumDefaultValue with READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE; kotlinx's coerceInputValues), so the next value added does not fail it; if the API is your own, roll back the release that started answering "${e.value}" until its callers read it — add a value to the callers' models first, then answer it.`;
}
