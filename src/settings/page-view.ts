import { recogniser } from '../recognisers';
import { COLOUR_SLOTS, LOOK_STYLES, type Look } from '../recognisers/palette';
import { REGEX_FLAGS, RULE_GROUPS, RULE_LIMITS } from '../rules/limits';
import { ruleRecogniserId } from '../rules/recogniser';
import type { UserRule } from '../rules/rule';
import { HOST, SITE_LIMIT } from './limits';
import type { Settings } from './schema';
import { siteKey } from './sites';

/**
 * What one page is analysed and painted with, of the stored settings: read by the background's
 * analysis service on every request, with guards rather than zod (they were written for the
 * content script, where zod/mini with these schemas weighed ~24 kB). These guards accept exactly what `SettingsSchema` and `RuleListSchema` accept (a property test holds them
 * to it); anything else reads as the defaults, and the background, which does use zod, keeps a
 * backup of it and tells the user.
 */

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isHostList = (x: unknown, max: number) =>
  Array.isArray(x) && x.length <= max && x.every((h) => isString(h) && HOST.test(h));

const isLook = (x: unknown): x is Look =>
  isObj(x) &&
  (COLOUR_SLOTS as readonly unknown[]).includes(x.colour) &&
  (LOOK_STYLES as readonly unknown[]).includes(x.style);

export function isSettings(x: unknown): x is Settings {
  return (
    isObj(x) &&
    typeof x.paused === 'boolean' &&
    isObj(x.recognisers) &&
    Object.values(x.recognisers).every(
      (c) => isObj(c) && typeof c.paint === 'boolean' && isLook(c.look),
    ) &&
    isHostList(x.sites, SITE_LIMIT) &&
    isHostList(x.off, SITE_LIMIT + 10)
  );
}

function isMatch(x: unknown): boolean {
  if (!isObj(x)) return false;
  if (x.type === 'keywords')
    return (
      Array.isArray(x.keywords) &&
      x.keywords.length >= 1 &&
      x.keywords.length <= RULE_LIMITS.keywords &&
      x.keywords.every((k) => isString(k) && k.length >= 1 && k.length <= RULE_LIMITS.keyword)
    );
  return (
    x.type === 'regex' &&
    isString(x.pattern) &&
    x.pattern.length >= 1 &&
    x.pattern.length <= RULE_LIMITS.pattern &&
    isString(x.flags) &&
    [...x.flags].every((f) => (REGEX_FLAGS as readonly string[]).includes(f))
  );
}

const isRule = (x: unknown): x is UserRule =>
  isObj(x) &&
  isString(x.id) &&
  /^[a-z0-9][a-z0-9-]{0,39}$/.test(x.id) &&
  isString(x.label) &&
  x.label.length >= 1 &&
  x.label.length <= RULE_LIMITS.label &&
  (RULE_GROUPS as readonly unknown[]).includes(x.group) &&
  typeof x.on === 'boolean' &&
  isLook(x.look) &&
  isMatch(x.match);

export const isRuleList = (x: unknown): x is UserRule[] =>
  Array.isArray(x) && x.length <= RULE_LIMITS.rules && x.every(isRule);

export interface PageView {
  /** Whether anything is painted on this page: not paused, and its site's switch on. */
  painting: boolean;
  paused: boolean;
  /** The site the page belongs to, as the switch remembers it; null off every known or added site. */
  site: string | null;
  /** The look of each recogniser and rule id, or null where it is not painted. */
  looks: ReadonlyMap<string, Look | null>;
  /** The user's rules that are on, in order. */
  rules: UserRule[];
}

/** The page's view of what is stored; `settings` and `rules` as read, unchecked. */
export function readPageView(settings: unknown, rules: unknown, url: string): PageView {
  const s = isSettings(settings) ? settings : null;
  const on = (isRuleList(rules) ? rules : []).filter((r) => r.on);
  const site = siteKey(url, s?.sites ?? []);
  const looks = new Map<string, Look | null>();
  for (const [id, choice] of Object.entries(s?.recognisers ?? {})) {
    if (recogniser(id)) looks.set(id, choice.paint ? choice.look : null);
  }
  for (const r of on) looks.set(ruleRecogniserId(r.id), r.look);
  const paused = s?.paused ?? false;
  return {
    painting: !paused && !(site !== null && (s?.off ?? []).includes(site)),
    paused,
    site,
    looks,
    rules: on,
  };
}

/** The look of a recogniser on this page: the user's choice, else the record's default. */
export function lookIn(view: PageView, id: string): Look | null {
  const chosen = view.looks.get(id);
  if (chosen !== undefined) return chosen;
  const r = recogniser(id);
  return r?.paintByDefault ? r.look : null;
}
