import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'trainaction:public';

/** Marks a route that needs no access token. Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
