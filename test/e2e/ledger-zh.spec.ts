import { test } from './fixtures';
import { ledgerLanguageTest } from './ledger-page';

// The ledger page in a Chinese browser; a browser of its own, as in ledger.spec.ts.
test.use({ language: 'zh', profile: 'ledger' });
ledgerLanguageTest('zh');
