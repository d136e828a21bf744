import { Logger as NestLogger, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, AppLogger, assignRequestId, completeApiDocument, Metrics, RealtimeAdapter, sendError } from '@trainaction/platform';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * API answers carry tokens and personal data: no browser or shared cache may keep them. Set before any
 * route runs, so a route that wants caching sets its own Cache-Control over this one.
 */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}

/**
 * Everything the HTTP and socket layers need, shared by main.ts and the end-to-end tests so both run the
 * same application.
 */
export async function configureApp(app: NestExpressApplication): Promise<INestApplication> {
  const config = app.get(AppConfig);
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  // The compiled TRUST_PROXY: the same function decides req.ip and whether X-Forwarded-Host counts.
  app.set('trust proxy', config.isTrustedProxy);
  app.set('query parser', 'simple');
  app.setGlobalPrefix('api');
  app.use(assignRequestId);
  app.use(logger.http);
  app.use(app.get(Metrics).timeHttp);
  app.use(
    helmet({
      hsts: config.cookieSecure,
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
    }),
  );
  app.use(noStore);
  app.use(cookieParser());
  app.useBodyParser('json', { limit: config.bodyLimitBytes, strict: true });
  app.useBodyParser('urlencoded', { limit: config.bodyLimitBytes, extended: false });
  app.useWebSocketAdapter(new RealtimeAdapter(app));
  app.enableShutdownHooks();

  // The OpenAPI document and Swagger UI only when asked for (API_DOCS; off in production by default).
  if (config.apiDocs) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('TrainAction API')
        .setDescription('REST half of the public protocol; the socket.io events are listed in docs/protocol.md')
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    );
    const cleaned = cleanupOpenApiDoc(document);
    completeApiDocument(cleaned);
    SwaggerModule.setup('api/docs', app, cleaned, { jsonDocumentUrl: 'api/docs-json' });
  }

  await app.init();
  // Body-parser failures (413, malformed JSON) happen before Nest's filters: map them here.
  const errors = new NestLogger('Errors');
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => sendError(err, req, res, errors));
  return app;
}
