/** The first-run page, opened once when FinLens is installed. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * Whether to open the first-run page. Only for a real install: not on updates, not for a build
 * loaded by hand (Chrome's unpacked `development` installs, Firefox's temporary add-ons), where
 * every test run and every reload would open a tab.
 */
export function shouldWelcome(details: {
  reason: string;
  temporary?: boolean;
  installType?: string;
}): boolean {
  return (
    details.reason === 'install' && !details.temporary && details.installType !== 'development'
  );
}
