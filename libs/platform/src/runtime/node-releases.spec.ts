import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_LTS_RELEASES, supportedNodeMajors } from './node-releases';

const root = resolve(__dirname, '../../../..');
const dockerfiles = readdirSync(join(root, 'docker')).filter((name) => name.endsWith('.Dockerfile'));

/** Every `FROM` image of a Dockerfile (stage names such as `build` in `FROM build` are not images). */
function baseImages(file: string): string[] {
  const text = readFileSync(join(root, 'docker', file), 'utf8');
  return [...text.matchAll(/^FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)].map((match) => match[1]);
}

describe('Node.js release lines', () => {
  it('decides support by the end-of-life day', () => {
    expect(supportedNodeMajors(new Date('2027-04-30T23:00:00Z'))).toContain(22);
    expect(supportedNodeMajors(new Date('2027-05-01T00:00:00Z'))).not.toContain(22);
    expect(NODE_LTS_RELEASES.every((release) => /^\d{4}-\d{2}-\d{2}$/.test(release.endOfLife))).toBe(true);
  });

  it('builds both images from one supported Node LTS line', () => {
    expect(dockerfiles.sort()).toEqual(['api.Dockerfile', 'web.Dockerfile']);
    const images = dockerfiles.flatMap(baseImages);
    expect(images.length).toBeGreaterThanOrEqual(4);
    const majors = new Set(
      images.map((image) => {
        const match = /^node:(\d+)(?:[.-]|$)/.exec(image);
        if (!match) throw new Error(`${image} is not an official node image with a major version`);
        return Number(match[1]);
      }),
    );
    expect(majors.size).toBe(1);
    const [major] = majors;
    expect(supportedNodeMajors(), `node:${major} is past its end of life; move docker/*.Dockerfile to a supported LTS`).toContain(major);
  });

  it("accepts only supported lines in package.json's engines", () => {
    const engines: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
    const lowest = Number(/(\d+)/.exec(engines)?.[1]);
    expect(supportedNodeMajors(), `engines.node ${engines} admits an unsupported Node`).toContain(lowest);
  });
});
