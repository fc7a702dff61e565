/**
 * Versioned prompts (DESIGN.md §7): each prompt is a Markdown file named
 * `<name>.<version>.md` in this folder, and its id (`call-analysis.v1`) is
 * what an analysis records as `promptVersion`. A changed prompt is a new
 * file, never an edit of a released one, so old analyses stay explainable.
 *
 * Where the files are found: tsc does not copy `.md` files, so after
 * `npm run build` this module runs from `dist/src/services/ai/prompts/` while
 * the prompts stay in `src/services/ai/prompts/`. We look next to this module
 * first (jest and ts runners, or a build that copies the prompts), then in
 * `src/services/ai/prompts` under the project root, found by walking up to
 * `package.json`. We keep files rather than embedding strings because
 * prompts are reviewed and diffed as prose. A deployment that ships only
 * `dist/` must copy `src/services/ai/prompts/*.md` along; a missing prompt
 * fails loudly at startup, listing where it looked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Prompt {
  /** `<name>.<version>`, recorded on every result the prompt produced. */
  id: string;
  text: string;
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION = /^v\d+$/;
const PROMPTS_FOLDER_IN_PROJECT = join('src', 'services', 'ai', 'prompts');

const cache = new Map<string, Prompt>();

/** Reads `<name>.<version>.md` once and caches it; throws if the prompt does not exist. */
export function loadPrompt(name: string, version: string): Prompt {
  // Names come from code, but a path built from strings deserves a guard against `../`.
  if (!NAME.test(name) || !VERSION.test(version)) {
    throw new Error(`Invalid prompt name or version: ${JSON.stringify(name)} ${JSON.stringify(version)}`);
  }
  const id = `${name}.${version}`;
  const cached = cache.get(id);
  if (cached) return cached;

  const candidates = promptFolders().map((folder) => join(folder, `${id}.md`));
  const found = candidates.find((file) => existsSync(file));
  if (!found) {
    throw new Error(`Prompt ${id} not found; looked in: ${candidates.join(', ')}`);
  }
  const prompt: Prompt = Object.freeze({ id, text: readFileSync(found, 'utf8').trim() });
  cache.set(id, prompt);
  return prompt;
}

function promptFolders(): string[] {
  const root = findProjectRoot(__dirname);
  const inProject = root ? join(root, PROMPTS_FOLDER_IN_PROJECT) : null;
  return inProject && inProject !== __dirname ? [__dirname, inProject] : [__dirname];
}

function findProjectRoot(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}
