import { describe, expect, it } from 'vitest';
import { injectionTarget } from '../../extension/article-injection';

const ID = 'finlens-id';
const article = 'https://www.stcn.com/article/detail/1.html';
const from = (over: object) => ({ id: ID, tab: { id: 7 }, frameId: 0, url: article, ...over });

describe('where the background injects the article script', () => {
  it('into the top frame of the tab whose FinLens script asked, on a known site', () => {
    expect(injectionTarget(from({}), ID)).toEqual({ tabId: 7, frameId: 0 });
    expect(injectionTarget(from({ url: 'http://stcn.com/' }), ID)).toEqual({
      tabId: 7,
      frameId: 0,
    });
  });

  it('nowhere for another extension, a frame, a message from no tab, or another site', () => {
    expect(injectionTarget(from({ id: 'another' }), ID)).toBeNull();
    expect(injectionTarget(from({ id: undefined }), ID)).toBeNull();
    expect(injectionTarget(from({ frameId: 3 }), ID)).toBeNull();
    expect(injectionTarget(from({ tab: undefined }), ID)).toBeNull();
    expect(injectionTarget(from({ url: undefined }), ID)).toBeNull();
    expect(injectionTarget(from({ url: 'https://stcn.com.evil.example/x' }), ID)).toBeNull();
    expect(
      injectionTarget(from({ url: 'https://example.com/?u=https://www.stcn.com/' }), ID),
    ).toBeNull();
  });
});
