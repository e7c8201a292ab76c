// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { canHighlight } from '../../extension/highlight-support';
import { watchPage } from '../../extension/page-watch';

// happy-dom has no CSS Custom Highlight API: it stands for a browser older than the manifest's
// minimum versions, where FinLens must say so and leave the page alone.
const ARTICLE = `<div class="detail"><div class="detail-title">某局通报</div>
<div class="detail-info"><span>来源：证券时报网</span><span>2024-03-01 10:00</span></div>
<div class="detail-content"><p>累计罚没金额1062.39万元。</p></div></div>`;

describe('a browser without the Highlight API', () => {
  it('is one: happy-dom lacks CSS.highlights', () => {
    expect(canHighlight()).toBe(false);
  });

  it('gets an "unsupported" answer, no badge, and an untouched page', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.documentElement.outerHTML;
    const onBadge = vi.fn();
    const page = watchPage(document, { onBadge, alive: () => true });
    expect(page.answer({ type: 'finlens:get-state' })).toEqual({ state: 'unsupported' });
    expect(page.answer({ type: 'finlens:set-enabled', enabled: true })).toEqual({
      state: 'unsupported',
    });
    expect(onBadge).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
    page.dispose();
  });
});
