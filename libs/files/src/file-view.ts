import type { FileView } from '@trainaction/contracts';
import type { FileRecord } from './file-record';

export function toFileView(file: FileRecord): FileView {
  return { id: file.id, name: file.name, size: file.size, type: file.type, createdAt: file.createdAt.toISOString() };
}
