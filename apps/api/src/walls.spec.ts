import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The walls between libs (docs/architecture.md), as eslint.config.mjs enforces them: each snippet is linted by
// the repository's own configuration as if it were the file named, and the rule's verdict is checked.
const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('walls between libs (no-restricted-imports)', () => {
  it('refuse another lib’s repository, mongoose schema or model, even re-exported or type-only', async () => {
    const code = [
      "import { UsersRepository } from '@trainaction/identity';",
      "import type { CohortsRepository } from '@trainaction/cohorts';",
      "import { MessageSchema, MESSAGE_MODEL } from '@trainaction/rooms';",
      "export { ForumRepository } from '@trainaction/forum';",
    ].join('\n');
    const found = await refusals('libs/moderation/src/example.ts', code);
    expect(found).toHaveLength(5);
    expect(found[0]).toContain("'UsersRepository' import from '@trainaction/identity' is restricted");
    expect(found[0]).toContain('use its port');
  });

  it('refuse reaching into another lib by a relative path or a sub-path, and the seeding entry point', async () => {
    for (const [file, source] of [
      ['libs/forum/src/example.ts', '../../identity/src/users.repository'],
      ['libs/forum/src/ports/example.ts', '../../../rooms/src/message.schema'],
      ['apps/api/src/erasure/example.ts', '../../../../libs/forum/src/forum.schema'],
      ['libs/forum/src/example.ts', '@trainaction/identity/src/users.repository'],
      ['libs/forum/src/example.ts', '@trainaction/identity/seeding'],
      ['apps/api/src/erasure/example.ts', '@trainaction/rooms/seeding'],
      ['apps/api/src/demo/example.ts', '../../../../libs/forum/src/forum.schema'],
    ]) {
      expect(await refusals(file, `import { x } from '${source}';`), `${source} in ${file}`).toHaveLength(1);
    }
  });

  it('let a lib use ports and contracts, its own files, and the demo seeders the seeding entry point', async () => {
    const lib = [
      "import { UserDirectory } from '@trainaction/identity';",
      "import { CohortDirectory, type MembershipRecord } from '@trainaction/cohorts';",
      "import { messageSendSchema } from '@trainaction/contracts';",
      "import { ForumRepository } from '../forum.repository';",
      "import { THREAD_MODEL, ThreadSchema } from '../forum.schema';",
    ].join('\n');
    expect(await refusals('libs/forum/src/ports/example.ts', lib)).toEqual([]);
    const demo =
      "import { UsersRepository } from '@trainaction/identity/seeding';\nimport type { PostDoc } from '@trainaction/forum/seeding';";
    expect(await refusals('apps/api/src/demo/example.ts', demo)).toEqual([]);
  });

  it('hold in the code as it is: no lib’s index exports a repository, schema or model', async () => {
    const libs = join(root, 'libs');
    for (const lib of readdirSync(libs)) {
      const exported = Object.keys((await import(join(libs, lib, 'src/index.ts'))) as object);
      expect(
        exported.filter((name) => /^([A-Z]\w*(Repository|Schema)|[A-Z_]+_MODEL)$/.test(name)),
        lib,
      ).toEqual([]);
    }
  }, 60_000);
});
