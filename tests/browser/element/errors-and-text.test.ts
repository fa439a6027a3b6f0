import { expect } from '@open-wc/testing';
import { dayEvent, TimelineHarness, waitFor } from './harness.js';

const XSS = '<img src=x onerror="window.__ntXss=1"><script>window.__ntXss=2</script>';

describe('<news-timeline> bad input and hostile text', () => {
  afterEach(() => document.querySelectorAll('news-timeline').forEach((el) => el.parentElement?.remove()));

  it('shows an error and fires news-timeline-error for a src that cannot be fetched', async () => {
    let error = '';
    const harness = await TimelineHarness.create(
      (el) => {
        el.addEventListener('news-timeline-error', (event) => (error = event.detail.message));
        el.src = '/no/such/article.txt';
      },
      { expectError: true },
    );
    await harness.element.updateComplete;
    expect(error).to.contain('/no/such/article.txt');
    expect(harness.errorMessage).to.equal(error);
    expect(harness.marks()).to.have.length(0);
  });

  it('shows an error for timeline JSON that is not ours, without throwing', async () => {
    const harness = await TimelineHarness.create((el) => (el.timeline = '{"format": "something-else"'), { expectError: true });
    await harness.element.updateComplete;
    expect(harness.errorMessage).to.match(/JSON/);
  });

  it('shows an error for a reference date that is not a calendar date', async () => {
    const harness = await TimelineHarness.create(
      (el) => {
        el.referenceDate = '2017-02-30';
        el.text = 'It happened on Sunday.';
      },
      { expectError: true },
    );
    await harness.element.updateComplete;
    expect(harness.errorMessage).to.contain('YYYY-MM-DD');
  });

  it('shows an error for events that are not events, and recovers when given good ones', async () => {
    const harness = await TimelineHarness.create((el) => ((el as unknown as { events: unknown }).events = [{ id: 'a', start: 'yesterday' }]), { expectError: true });
    await harness.element.updateComplete;
    expect(harness.errorMessage).to.contain('events[0].start');
    const rendered = waitFor(harness.element, 'news-timeline-render');
    harness.element.events = [dayEvent('a', '2017-07-02', 'Fine')];
    await rendered;
    await harness.element.updateComplete;
    expect(harness.errorMessage).to.equal(null);
    expect(harness.markIds()).to.deep.equal(['a']);
  });

  it('checks the events of a timeline given as JSON text like those of an object, naming the bad entry', async () => {
    const good = dayEvent('a', '2017-07-02', 'Fine');
    const document = { format: 'news-timeline/1', referenceDate: null, events: [good, { ...good, id: 'b', end: 'tomorrow' }], expressions: [], warnings: [] };
    const harness = await TimelineHarness.create((el) => (el.timeline = JSON.stringify(document)), { expectError: true });
    await harness.element.updateComplete;
    expect(harness.errorMessage).to.contain('events[1].end');
  });

  it('keeps markup in event titles and sentences as text everywhere', async () => {
    const event = dayEvent('x', '2017-07-02', XSS, { sentence: `On 2017-07-02, ${XSS}.` });
    const harness = await TimelineHarness.create((el) => (el.events = [event, dayEvent('y', '2017-08-01', 'Plain')]));
    harness.element.selectEvent('x');
    harness.markFor('x')!.querySelector('.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await harness.element.updateComplete;
    await harness.hiddenListItems();
    expect(harness.root.querySelector('img, script:not([type])')).to.equal(null);
    expect(harness.detail!.textContent).to.contain('<img src=x onerror=');
    expect(harness.tooltip.textContent).to.contain('<img src=x onerror=');
    expect(harness.labels()[0]).to.contain('<img');
    expect((window as unknown as { __ntXss?: number }).__ntXss).to.equal(undefined);
  });

  it('keeps markup in an article as text', async () => {
    const harness = await TimelineHarness.create((el) => {
      el.referenceDate = '2017-07-04';
      el.text = `On Sunday, ${XSS} fighters entered the city.`;
    });
    await harness.hiddenListItems();
    expect(harness.root.querySelector('img')).to.equal(null);
    expect((window as unknown as { __ntXss?: number }).__ntXss).to.equal(undefined);
  });
});
