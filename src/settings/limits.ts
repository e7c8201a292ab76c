// Apart from the zod schema in ./schema.ts, so the content script can use them without zod.

/** A domain as a user adds a site: lower case, with a dot, no scheme or path (`eastmoney.com`). */
export const HOST =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const SITE_LIMIT = 50;
