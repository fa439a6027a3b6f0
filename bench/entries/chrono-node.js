// A minimal chrono-node user: parse text against a reference date.
export { parse, parseDate } from 'chrono-node';
