export { readTimeML, dateOfDct } from './read.js';
export { writeTimeML, type WritableTimex, type WriteTimeMLOptions } from './write.js';
export type { AnnotatedDocument, GoldTimex } from './types.js';
