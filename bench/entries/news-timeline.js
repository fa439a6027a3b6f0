// A minimal news-timeline user: the element, registered (it imports the whole pipeline).
import '../../dist/news-timeline.js';
