import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '@trainaction/platform';
import { FileAccess } from './file-access';
import { FileServing } from './file-serving';
import { STORED_FILE_MODEL, StoredFileSchema } from './file.schema';
import { FilesAdminController } from './files-admin.controller';
import { FilesController } from './files.controller';
import { FilesRepository } from './files.repository';
import { FilesService } from './files.service';
import { BlobStore } from './storage/blob-store';
import { createBlobStore } from './storage/create-blob-store';
import { Uploads } from './uploads';

@Module({
  imports: [MongooseModule.forFeature([{ name: STORED_FILE_MODEL, schema: StoredFileSchema }])],
  controllers: [FilesController, FilesAdminController],
  providers: [
    { provide: BlobStore, useFactory: (config: AppConfig) => createBlobStore(config.files), inject: [AppConfig] },
    FilesRepository,
    FilesService,
    FileAccess,
    FileServing,
    Uploads,
  ],
  exports: [FilesService, FileAccess, Uploads],
})
export class FilesModule {}
