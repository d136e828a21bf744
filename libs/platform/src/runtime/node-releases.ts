/**
 * The Node.js release lines TrainAction runs on, with the day each stops getting security fixes
 * (https://github.com/nodejs/Release#release-schedule). The one place to change when a line ends or a new
 * LTS line starts: the Dockerfiles' base images and package.json's `engines` are checked against it
 * (`node-releases.spec.ts`), so that test fails on the day a line the images use reaches its end of life.
 */
export const NODE_LTS_RELEASES: readonly { major: number; endOfLife: string }[] = [
  { major: 22, endOfLife: '2027-04-30' },
  { major: 24, endOfLife: '2028-04-30' },
];

/** The majors still supported on `now` (a line is supported up to and including its end-of-life day). */
export function supportedNodeMajors(now = new Date()): number[] {
  const today = now.toISOString().slice(0, 10);
  return NODE_LTS_RELEASES.filter((release) => today <= release.endOfLife).map((release) => release.major);
}
