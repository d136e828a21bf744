import { describe, expect, it } from 'vitest';
import { DEMO_FIGURES, generateLearners } from './demo-people';
import { DemoRandom } from './demo-random';

describe(generateLearners.name, () => {
  const reserved = [{ country: 'HN', gender: 'woman' as const }];

  it('reproduces the published figures together with the named learners', () => {
    const people = generateLearners(new DemoRandom(1), reserved);
    expect(people.length + reserved.length).toBe(DEMO_FIGURES.learners);
    expect(people.filter((p) => p.gender === 'man')).toHaveLength(DEMO_FIGURES.men);
    expect(people.filter((p) => p.gender === 'woman').length + 1).toBe(DEMO_FIGURES.women);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
  });

  it('gives the same people for the same seed and different people for another', () => {
    expect(generateLearners(new DemoRandom(7), reserved)).toEqual(generateLearners(new DemoRandom(7), reserved));
    expect(generateLearners(new DemoRandom(8), reserved)).not.toEqual(generateLearners(new DemoRandom(7), reserved));
  });
});
