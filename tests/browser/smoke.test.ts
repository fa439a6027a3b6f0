import { expect } from '@open-wc/testing';

describe('the browser test harness', () => {
  it('runs in a real Chromium with Intl.Segmenter', () => {
    expect(typeof Intl.Segmenter).to.equal('function');
    expect(navigator.userAgent).to.contain('Chrome');
  });
});
