/** Builds the real site once before the tests; every build and browser test reads dist/. */
import { astroBuild, ROOT } from './project.ts';

export default function setup() {
  const { status, output } = astroBuild(ROOT);
  if (status !== 0) throw new Error(`The site did not build:\n${output.slice(-4000)}`);
}
