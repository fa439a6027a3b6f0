import { clauseTitle } from '../../src/timeline/title.js';
const text = process.argv[2]!; const m = process.argv[3]!;
const s = text.indexOf(m);
console.log(clauseTitle({ text, sentence: { start: 0, end: text.length }, mention: { start: s, end: s + m.length }, temporal: [{ start: s, end: s + m.length }] }));
