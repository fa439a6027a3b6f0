// A minimal TimelineJS user: the Timeline class and its stylesheet.
import '@knight-lab/timelinejs/dist/css/timeline.css';
export { Timeline } from '@knight-lab/timelinejs';
