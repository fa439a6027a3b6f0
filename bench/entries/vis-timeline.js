// A minimal vis-timeline user: the standalone build (it injects its own CSS).
export { Timeline, DataSet } from 'vis-timeline/standalone';
