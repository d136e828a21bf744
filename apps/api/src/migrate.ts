import { Logger, type INestApplicationContext } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { AppConfig, collectionsMissingIndexes, migrateIndexes, type IndexChange } from '@trainaction/platform';
import type { Connection } from 'mongoose';

/**
 * The deploy step (`node dist/apps/api/main.js --migrate`, run by docker/compose.yml before the API starts):
 * builds every schema's indexes, which production does not do at start (DB_AUTO_INDEX), and drops the ones no
 * schema declares any more. Idempotent; safe while older API nodes still run (they read with either index set).
 */
export function runMigrations(app: INestApplicationContext): Promise<IndexChange[]> {
  return migrateIndexes(app.get<Connection>(getConnectionToken()));
}

/** When indexes are not built at start, says at start which collections lack some (the migration was skipped). */
export async function warnOfMissingIndexes(app: INestApplicationContext): Promise<void> {
  if (app.get(AppConfig).autoIndex) return;
  const missing = await collectionsMissingIndexes(app.get<Connection>(getConnectionToken()));
  if (missing.length > 0)
    new Logger('Indexes').warn(
      `indexes missing on ${missing.join(', ')}: run \`node dist/apps/api/main.js --migrate\` (README, "Upgrade")`,
    );
}

/** One line per collection whose indexes changed, and a total. */
export function describeMigration(changes: IndexChange[]): string {
  const lines = changes
    .filter((c) => c.created.length > 0 || c.dropped.length > 0)
    .map((c) => `  ${c.collection}: ${[...c.created.map((n) => `+${n}`), ...c.dropped.map((n) => `-${n}`)].join(' ')}`);
  const created = changes.reduce((n, c) => n + c.created.length, 0);
  const dropped = changes.reduce((n, c) => n + c.dropped.length, 0);
  return [...lines, `Indexes of ${changes.length} collections in place: ${created} built, ${dropped} dropped.`].join('\n');
}
