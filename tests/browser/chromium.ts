/**
 * Which Chromium the browser tests and benchmarks drive. Debian's `/usr/bin/chromium` where the
 * machine has it; otherwise the Chromium that the `@sparticuz/chromium` dev dependency ships
 * inside its npm package (unpacked once into the temp folder), so `npm ci && npm test` needs no
 * system package. Its bundled NSS libraries are used when the system has none.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as PackagedModule from '@sparticuz/chromium';

type PackagedChromium = typeof PackagedModule;

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that work headless as root here (/work/shared/STACK.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const HINT =
  'Run `npm ci` (it installs @sparticuz/chromium, which ships Chromium) or install Debian’s chromium.';

/** True when the system has no NSS of its own (a very bare machine): use the bundled one. */
function systemLacksNss(): boolean {
  return !['/lib/x86_64-linux-gnu/libnss3.so', '/usr/lib/x86_64-linux-gnu/libnss3.so'].some((p) =>
    existsSync(p),
  );
}

/**
 * Finds (and if needed unpacks) a Chromium to launch.
 * @returns the executable path
 * @throws one sentence that says what to run, when there is none
 */
export async function chromiumExecutable(): Promise<string> {
  const override = process.env.WERKRUIMTE_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new Error(`WERKRUIMTE_CHROMIUM=${override} does not exist.`);
    return override;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  let packaged: PackagedChromium;
  try {
    packaged = await import('@sparticuz/chromium');
  } catch (error) {
    throw new Error(`No Chromium found at ${SYSTEM_CHROMIUM} and no @sparticuz/chromium. ${HINT}`, {
      cause: error,
    });
  }
  if (systemLacksNss()) {
    const { inflate } = packaged;
    const bin = join(
      new URL('../../node_modules/@sparticuz/chromium/bin/', import.meta.url).pathname,
      'al2023.tar.br',
    );
    const lib = join(await inflate(bin), 'lib');
    process.env.LD_LIBRARY_PATH = [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  try {
    const path = await packaged.default.executablePath();
    if (!existsSync(path)) throw new Error(path);
    // executablePath() also unpacks the package's fonts (Open Sans, with a fonts.conf that points
    // at <tmp>/fonts). A machine without fontconfig's own configuration would otherwise give
    // Chromium no font at all, so text and map labels would be drawn empty.
    if (!existsSync('/etc/fonts/fonts.conf'))
      process.env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
    return path;
  } catch (error) {
    throw new Error(
      `Could not unpack the Chromium of @sparticuz/chromium into ${tmpdir()} (${String(error)}). ${HINT}`,
      { cause: error },
    );
  }
}
