// IRC text formatting in a log body. IRC servers, services and bots write their server notices
// and logs with the client protocol's formatting codes (modern IRC client protocol, "Formatting":
// 0x02 bold, 0x1D italic, 0x1F underline, 0x11 monospace, 0x16 reverse, 0x0F reset, 0x03 colour
// with up to two one- or two-digit numbers), most often bold around a name the message names:
// InspIRCd 3's m_spanningtree logs `Connection to '\x02%s\x02' failed.`, its users.cpp ends a
// real name with 0x0F. They are presentation, as terminal colours are (ansi.ts): left in, a
// highlighted name is glued to its codes and one statement's lines read as other words.
// 0x1E (strikethrough) and 0x04 (hex colour) are left alone: the first is also JSON text
// sequences' record separator (RFC 7464), the second ASCII's end of transmission.
// eslint-disable-next-line no-control-regex
const CODES = /\x03(?:\d{1,2}(?:,\d{1,2})?)?|[\x02\x0f\x11\x16\x1d\x1f]/g;
// eslint-disable-next-line no-control-regex
const ANY_CODE = /[\x02\x03\x0f\x11\x16\x1d\x1f]/;

/** `text` without IRC formatting codes (returned as given when it has none). */
export function withoutIrcFormatting(text: string): string {
  return ANY_CODE.test(text) ? text.replace(CODES, '') : text;
}
