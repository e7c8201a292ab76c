import { axeTests } from './a11y-pages';

// axe-core on the popup, the first-run page and the options page, in an English browser.
axeTests('en');
