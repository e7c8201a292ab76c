import { axeTests } from './a11y-pages';
import { test } from './fixtures';

// axe-core on the popup, the first-run page and the options page, in a Chinese browser.
test.use({ language: 'zh' });
axeTests('zh');
