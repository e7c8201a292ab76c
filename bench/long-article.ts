/**
 * A long stcn article made from the fixtures' own paragraphs, for `npm run bench` and for tests that
 * need an article far larger than any fixture. Deterministic: the same options give the same bytes.
 *
 *   longArticle()                 ~300,000 characters, ~3,000 paragraphs, ~1,600 hotword links
 *   fixtureParagraphs(50, 7)      50 more <p> elements, e.g. to append to an article already read
 *
 * Paragraphs are the non-empty <p> elements of every saved post (fixtures/<slug>/article.txt),
 * with their inner HTML as saved, so stcn's hotword links (`a.trsHotWords`) come along at their
 * real density. They are placed in the old-site layout of fixtures/old-site-seed/page.html. Drawn
 * the same way as the browser benchmark's article (bench/browser/long-article.ts), so both
 * benchmarks measure the same text.
 */
import * as cheerio from 'cheerio';
import { readSavedPost } from '../src/read/saved-post';
import { fixture, listFixtures } from '../test/unit/fixture-files';

/** Not a real stcn address: the id is unused, so it can never be mistaken for a saved page. */
export const LONG_ARTICLE_URL = 'http://www.stcn.com/xw/news/202107/t20210707_9000001.html';
const TITLE = '基准长文：由测试样本段落合成的证券时报网文章';

interface SourceParagraph {
  /** The inner HTML of the <p>, as saved. */
  html: string;
  /** Its text length, in UTF-16 units. */
  characters: number;
  links: number;
}

let pool: SourceParagraph[] | undefined;

/** Every non-empty <p> of the saved posts, in fixture order. */
function sourceParagraphs(): SourceParagraph[] {
  if (pool) return pool;
  pool = listFixtures().flatMap((f) => {
    const post = readSavedPost(f.text);
    if (!post) return [];
    const $ = cheerio.load(post.bodyHtml);
    return $('p')
      .toArray()
      .flatMap((p) => {
        const characters = $(p).text().trim().length;
        return characters === 0
          ? []
          : [{ html: $(p).html() ?? '', characters, links: $(p).find('a.trsHotWords').length }];
      });
  });
  if (pool.length === 0) throw new Error('No <p> paragraphs in the saved posts under fixtures/');
  return pool;
}

/** mulberry32: a small seeded generator, so the article is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(
  seed: number,
  enough: (taken: SourceParagraph[], characters: number) => boolean,
): SourceParagraph[] {
  const source = sourceParagraphs();
  const next = random(seed);
  const taken: SourceParagraph[] = [];
  let characters = 0;
  while (!enough(taken, characters)) {
    const p = source[Math.floor(next() * source.length)] as SourceParagraph;
    taken.push(p);
    characters += p.characters;
  }
  return taken;
}

const asElement = (p: SourceParagraph) => `<p style="text-align: left;">${p.html}</p>`;

/** `count` paragraphs drawn from the fixtures, each a whole `<p>` element. */
export function fixtureParagraphs(count: number, seed: number): string[] {
  return draw(seed, (taken) => taken.length >= count).map(asElement);
}

export interface LongArticle {
  url: string;
  html: string;
  paragraphs: number;
  links: number;
  /** Text characters in the body (paragraph text, without markup). */
  characters: number;
}

/**
 * An old-site article page whose body holds at least `characters` characters of paragraphs, and
 * `append` more `<p>` elements after them (for re-analysis after late content).
 */
export function longArticle(
  options: { characters?: number; seed?: number; append?: readonly string[] } = {},
): LongArticle {
  const target = options.characters ?? 300_000;
  const taken = draw(options.seed ?? 1, (_, characters) => characters >= target);
  const $ = cheerio.load(fixture('old-site-seed').text);
  $('title').text(`${TITLE}_证券时报网`);
  $('div.intal_tit h2').text(TITLE);
  $('#ctrlfscont').html(`\n${taken.map(asElement).join('')}${(options.append ?? []).join('')}\n`);
  return {
    url: LONG_ARTICLE_URL,
    html: $.html(),
    paragraphs: taken.length,
    links: taken.reduce((n, p) => n + p.links, 0),
    characters: taken.reduce((n, p) => n + p.characters, 0),
  };
}
