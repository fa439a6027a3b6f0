/**
 * Text pasted from web pages and word processors spells spaces, hyphens and apostrophes with
 * characters the rule tables do not name: "March&nbsp;3", "two‑year" (U+2011), "‘90s" (U+2018),
 * "2012–13" (U+2013). The rules match against a copy of the text in which each such character
 * is replaced by its plain ASCII form, code unit for code unit, so every offset found in the
 * copy is an offset in the original and the reported `text` is sliced from the original.
 */
const LOOK_ALIKES = /[\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2010\u2011\u2012\u2013\u2212\u2018\u2019\u02bc]/g;

const PLAIN: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'",
};

const plainFor = (ch: string): string => PLAIN[ch] ?? ' ';

/** The text with look-alike characters replaced one-for-one; the same string when it has none. */
export function matchableText(text: string): string {
  LOOK_ALIKES.lastIndex = 0;
  return LOOK_ALIKES.test(text) ? text.replace(LOOK_ALIKES, plainFor) : text;
}
