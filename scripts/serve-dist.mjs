// The built files (dist/) for the pages of the end-to-end scripts (faults, keyboard, CSP).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const DIST = join(process.cwd(), 'dist') + sep;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * Answers `res` with the file of dist/ that `pathname` names, or 404 when there is none (or it
 * would be outside dist/). Returns false, answering nothing, for a path not under /dist/.
 */
export async function serveDist(pathname, res) {
  if (!pathname.startsWith('/dist/')) return false;
  const file = normalize(join(process.cwd(), pathname));
  try {
    if (!file.startsWith(DIST)) throw new Error('outside dist/');
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
  return true;
}
