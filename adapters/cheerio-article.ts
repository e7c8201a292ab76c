import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { TreeAccess } from '../src/article/tree';
import {
  type FrameResult,
  type ReadResult,
  readFrame,
  savedPostFrame,
} from '../src/read/read-article';
import { readPageFrame } from '../src/read/read-page';
import { readSavedPost } from '../src/read/saved-post';

function accessFor($: cheerio.CheerioAPI): TreeAccess<AnyNode> {
  return {
    isElement: (n) => n.type === 'tag' || n.type === 'script' || n.type === 'style',
    isText: (n) => n.type === 'text',
    tagName: (n) => ('name' in n ? n.name.toLowerCase() : ''),
    attr: (n, name) => ('attribs' in n ? (n.attribs[name] ?? null) : null),
    children: (n) => ('children' in n ? n.children : []),
    data: (n) => ('data' in n ? n.data : ''),
    query: (root, selector) => $(root).find(selector).toArray(),
  };
}

/** Reads a saved post or a saved page of a known site from an HTML string: for the CLI, tests and fixtures. */
export function readArticleHtml(text: string, url: string | null = null): ReadResult<AnyNode> {
  const frame = readFrameHtml(text, url);
  return frame.ok ? readFrame(frame) : frame;
}

/** `readArticleHtml` without reading the body: for tests that read it in parts, as the content script does. */
export function readFrameHtml(text: string, url: string | null = null): FrameResult<AnyNode> {
  const post = readSavedPost(text);
  if (post) {
    const $ = cheerio.load(post.bodyHtml);
    return savedPostFrame(post, $('body')[0] as AnyNode, accessFor($));
  }
  const $ = cheerio.load(text);
  return readPageFrame($.root()[0] as AnyNode, accessFor($), url);
}
