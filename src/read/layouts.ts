import type { Layout } from '../article/model';

/** Where each stcn layout keeps its parts (documented with sources in shared/STCN-PAGES.md). */
export interface PageLayout {
  layout: Exclude<Layout, 'saved-post'>;
  body: string;
  title: string[];
  /** Elements whose text holds the source and the time. */
  info: string;
  stockTags: string | null;
}

export const PAGE_LAYOUTS: readonly PageLayout[] = [
  {
    layout: 'new-site',
    body: '.detail-content',
    title: ['.detail-title', 'h1'],
    info: '.detail-info span',
    stockTags: '.stock-tags a',
  },
  {
    layout: 'old-site',
    body: 'div.txt_con#ctrlfscont',
    title: ['div.intal_tit h2', 'div.txt_hd h1', 'h1', 'h2'],
    info: 'div.intal_tit div.info, div.txt_hd div.info, div.info',
    stockTags: null,
  },
];
