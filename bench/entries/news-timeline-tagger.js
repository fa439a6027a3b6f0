// A minimal user of our tagger alone, the like-for-like peer of chrono-node.
export { extractTimexes } from '../../dist/lib/temporal/index.js';
