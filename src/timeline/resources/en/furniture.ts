/**
 * Page furniture: lines a pasted web page carries that are not sentences of the story. Dates in
 * them ("This story is over 5 years old") are relative to when the page was read, not to the
 * story, so they never become events. Each pattern matches a whole trimmed line and carries
 * examples that a test runs.
 */
export interface FurniturePattern {
  id: string;
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

export const furniturePatterns: readonly FurniturePattern[] = [
  {
    id: 'age-notice',
    pattern: /^this (?:story|article|post|page|piece|report) is (?:over|more than|at least|about)? ?[\w ]+ (?:years?|months?|days?) old\.?$/i,
    examples: ['This story is over 5 years old.', 'This article is more than 3 years old'],
    counterExamples: ['This story is about a man who lived 90 years.'],
  },
  {
    id: 'byline',
    pattern: /^(?:[Bb]y|[Ww]ords by|[Ww]ritten by|[Rr]eporting by|[Pp]hotos? by)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*){0,5}$/u,
    examples: ['By Tess Owen', 'Reporting by Ellen Francis and Tom Perry'],
    counterExamples: ['By Sunday the fighters had entered the city.'],
  },
  {
    id: 'timestamp-line',
    pattern: /^(?:published|posted|updated|last updated|first published|modified)\b[^.!?]{0,40}\d[^!?]{0,30}$/i,
    examples: ['Published July 4, 2017', 'Updated: 4 Jul 2017 10:32 GMT'],
    counterExamples: ['Published reports say the talks broke down in June, officials said.'],
  },
  {
    id: 'page-label',
    pattern: /^(?:advertisement|sponsored|share|tweet|comments?|related|read more|more from [\w ]+|sign up[\w ]*|subscribe[\w ]*|fyi\.?|news|video|photo|image|caption)$/i,
    examples: ['Advertisement', 'FYI.', 'News', 'Read more'],
    counterExamples: ['News of the attack spread on Sunday.'],
  },
];

/** A line with fewer words than this and no sentence punctuation is a label, not a sentence. */
export const minimumSentenceWords = 4;
