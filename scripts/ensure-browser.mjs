// Makes sure a Chrome or Chromium is there before the tests start: uses $CHROME_PATH or a usual
// install; on Debian/Ubuntu as root, installs the distribution's chromium; otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CANDIDATES, findBrowser } from './find-browser.mjs';

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
}

if (!findBrowser()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chrome or Chromium found: installing Debian chromium with apt-get…');
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } catch {
      fail('apt-get could not install chromium. Install it by hand (apt-get install -y chromium).');
    }
    if (!findBrowser()) fail('chromium was installed but is not at /usr/bin/chromium.');
  } else {
    fail(
      [
        'The tests need Chrome or Chromium, and none was found in:',
        ...CANDIDATES.map((c) => `  ${c}`),
        'Install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: Google Chrome),',
        'or point CHROME_PATH at a Chrome/Chromium executable.',
      ].join('\n'),
    );
  }
}
