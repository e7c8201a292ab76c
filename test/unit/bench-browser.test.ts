import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import type { TraceEvent } from '../../bench/browser/cdp-trace';
import { scriptLongTasks } from '../../bench/browser/gecko-profile';
import { blockingIn } from '../../bench/browser/heartbeat';
import { costOf, scriptTasks } from '../../bench/browser/trace-attribution';
import { fixtureParagraphs, longArticle } from '../../bench/long-article';

// The pure parts of `npm run bench:browser`: what its figures rest on.

const CS = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'https://www.stcn.com/page.js';
const isContentScript = (url: string) => url === CS;

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});

/** A complete event on the main thread; µs; CPU time = wall time unless given. */
const x = (name: string, ts: number, dur: number, url?: string, tid = 1): TraceEvent =>
  ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur,
    tts: ts,
    tdur: dur,
    pid: 1,
    tid,
    args: url ? { data: { url } } : {},
  }) as TraceEvent;

describe('scriptTasks: main-thread time by script URL', () => {
  const metadata = [thread(1, 1, 'CrRendererMain'), thread(1, 2, 'Compositor')];

  it('counts a task that runs the content script, and not one that runs only the page', () => {
    const tasks = scriptTasks(
      [
        ...metadata,
        x('RunTask', 0, 10_000),
        x('EvaluateScript', 1_000, 8_000, CS),
        x('RunTask', 20_000, 5_000),
        x('FunctionCall', 20_500, 4_000, PAGE),
      ],
      isContentScript,
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ ts: 0, taskMs: 10, ms: 8, cpuMs: 8 });
  });

  it('in a task shared with the page, counts only its own events and the GC', () => {
    const tasks = scriptTasks(
      [
        ...metadata,
        x('RunTask', 0, 20_000),
        x('FunctionCall', 0, 10_000, PAGE),
        x('FunctionCall', 11_000, 2_000, CS),
        x('MinorGC', 15_000, 1_000),
      ],
      isContentScript,
    );
    expect(costOf(tasks)).toMatchObject({ ms: 3, longestMs: 20, taskMs: 20, tasks: 1 });
  });

  it('ignores other threads, and joins B/E pairs', () => {
    const begin = { ...x('RunTask', 0, 0), ph: 'B' };
    const end = { ...x('RunTask', 6_000, 0), ph: 'E' };
    const tasks = scriptTasks(
      [...metadata, begin, x('v8.compile', 1_000, 2_000, CS), end, x('RunTask', 0, 9_000, CS, 2)],
      isContentScript,
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ taskMs: 6, ms: 2 });
  });

  it('counts a microtask run whose CPU samples show the script (code after an await)', () => {
    const profile = { ...x('Profile', 0, 0), ph: 'P', id: '0x1', args: { data: { startTime: 0 } } };
    const chunk = {
      ...x('ProfileChunk', 1, 0),
      ph: 'P',
      id: '0x1',
      tid: 9,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: CS } },
              { id: 3, parent: 2, callFrame: { url: '' } },
            ],
            // At 31,000 µs, inside the second task, deep in the content script's stack.
            samples: [1, 3],
          },
          timeDeltas: [10_000, 21_000],
        },
      },
    };
    const tasks = scriptTasks(
      [
        ...metadata,
        profile,
        chunk,
        x('RunTask', 0, 5_000),
        x('RunMicrotasks', 1_000, 3_000),
        x('RunTask', 30_000, 5_000),
        x('RunMicrotasks', 30_500, 4_000),
      ] as TraceEvent[],
      isContentScript,
    );
    expect(tasks.map((t) => [t.ts, t.ms])).toEqual([[30_000, 4]]);
  });
});

describe('blockingIn: a heartbeat seen from the page', () => {
  it('sums the gaps well over the loop period, and finds the longest', () => {
    // A 4 ms loop, held up once for 50 ms and once for 20 ms; a 1 ms jitter does not count.
    const at = [0, 4, 8, 12, 62, 66, 70, 75, 79, 99, 103, 107];
    const blocking = blockingIn({ at }, 0, 107);
    expect(blocking.periodMs).toBe(4);
    expect(blocking.longestMs).toBe(46);
    expect(blocking.blockedMs).toBe(46 + 16);
  });
});

describe('longArticle: the generated 300,000-character page', () => {
  const article = longArticle();

  it('is the same every time, and as large as asked', () => {
    expect(longArticle().html).toBe(article.html);
    expect(article.characters).toBeGreaterThanOrEqual(300_000);
    expect(article.paragraphs).toBeGreaterThan(2_500);
    expect(article.links).toBeGreaterThan(1_000);
    expect(longArticle({ characters: 10_000, seed: 3 }).characters).toBeLessThan(11_000);
  });

  it('reads as an old-site stcn article with every paragraph and hotword', () => {
    const read = readArticleHtml(article.html, article.url);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.layout).toBe('old-site');
    expect(read.article.paragraphs).toHaveLength(article.paragraphs);
    expect(article.html.match(/class="trsHotWords"/g)).toHaveLength(article.links);
  });

  it('gives more paragraphs to append, each a <p>', () => {
    const more = fixtureParagraphs(50, 2);
    expect(more).toHaveLength(50);
    expect(more.every((p) => p.startsWith('<p') && p.endsWith('</p>'))).toBe(true);
  });
});

describe('scriptLongTasks: Firefox long tasks that ran a script, from a Gecko profile', () => {
  const SCRIPT = 'main (moz-extension://abc/content-scripts/article.js:2:10)';
  // Strings: 0 LongTask, 1 Awake, 2 the script's frame, 3 a page function, 4 a layout frame.
  const stringTable = [
    'LongTask',
    'Awake',
    SCRIPT,
    'onload (https://www.stcn.com/a.js:1:1)',
    'Reflow',
  ];
  // Stacks: 0 layout alone; 1 page → script; 2 script → layout (a reflow the script forced).
  const mainThread = {
    name: 'GeckoMain',
    stringTable,
    frameTable: { schema: { location: 0 }, data: [[2], [3], [4]] },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 2],
        [null, 1],
        [1, 0],
        [2, 2],
      ],
    },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2 },
      data: [
        [0, 100, 180], // the page's layout
        [1, 0, 1000], // not a long task
        [0, 300, 360], // the script, then the layout it forced
        [0, 500, null], // no end: left out
      ],
    },
    samples: {
      schema: { stack: 0, time: 1 },
      data: [
        [0, 120],
        [0, 150],
        [2, 310],
        [3, 320],
        [0, 350],
        [null, 400],
      ],
    },
  };
  const isScript = (location: string) => location.includes('/content-scripts/');

  it('finds each long task of a main thread that ran the script, with its samples', () => {
    const profile = { threads: [], processes: [{ threads: [mainThread] }] };
    expect(scriptLongTasks(profile, isScript)).toEqual([
      { start: 100, duration: 80, samples: 2, scriptSamples: 0 },
      { start: 300, duration: 60, samples: 3, scriptSamples: 2 },
    ]);
  });

  it('leaves out threads that never ran the script, and threads other than the main one', () => {
    const page = { ...mainThread, stringTable: stringTable.map((s) => (s === SCRIPT ? 'x' : s)) };
    const worker = { ...mainThread, name: 'DOM Worker' };
    expect(scriptLongTasks({ threads: [page, worker] }, isScript)).toEqual([]);
  });
});
