/// <reference types="node" />
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ScanError } from './scan-error.js';

/** Where Chrome and Chromium install themselves, by platform, most common first. */
export function usualBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...apps.map((app) => `/Applications/${app}`), ...(env.HOME ? apps.map((app) => join(env.HOME!, 'Applications', app)) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  // Linux and the other Unixes: the distributions' packages and Google's, then the snap
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => names.map((name) => join(dir, name)));
  return [...names.map((name) => `/usr/bin/${name}`), '/snap/bin/chromium', ...onPath];
}

/** Whether `path` is a file this process may run. */
export function isRunnable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to drive: `--browser`, else `CHROME_PATH`, else the first usual install path that
 * exists. A path the user named must work: falling back to another browser would scan with one
 * they did not choose. Never downloads a browser.
 */
export function findBrowser(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  runnable: (path: string) => boolean = isRunnable,
): string {
  if (explicit !== undefined) {
    if (runnable(explicit)) return explicit;
    throw new ScanError(`no browser at ${explicit} (--browser): give the path of a Chrome or Chromium executable`);
  }
  if (env.CHROME_PATH) {
    if (runnable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new ScanError(`no browser at ${env.CHROME_PATH} (CHROME_PATH): give the path of a Chrome or Chromium executable`);
  }
  const found = usualBrowserPaths(platform, env).find(runnable);
  if (found) return found;
  throw new ScanError('no Chrome or Chromium found: install one, or pass --browser PATH, or set CHROME_PATH');
}
