// The library entry for bundler and Node users: the pure core (no DOM).
export * from './temporal/index.js';
export * from './timeline/index.js';
