import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig } from '@trainaction/platform';
import type { AuthResult, RegisterInput, Role, UserView } from '@trainaction/contracts';
import { UsersRepository } from '@trainaction/identity/seeding';
import { aRegistration, ApiClient, dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/bootstrap';

export interface SignedIn {
  user: UserView;
  token: string;
  client: ApiClient;
  input: RegisterInput;
}

export interface RunningApi {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  client(): ApiClient;
  /**
   * Registers a new account, marks its address verified and sets its global role (as an operator would), and
   * signs it in. `email-verification.e2e-spec.ts` registers its unverified accounts itself.
   */
  signUp(role?: Role, overrides?: Partial<RegisterInput>): Promise<SignedIn>;
  close(): Promise<void>;
}

/** The whole API, as main.ts builds it, on a random port and a database of its own. */
export async function startApi(label: string, env: Record<string, string> = {}): Promise<RunningApi> {
  const mongodbUri = testDatabaseUri(label);
  const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-api-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    MONGODB_URI: mongodbUri,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  await configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    client: () => new ApiClient(url),
    signUp: async (role = 'learner', overrides = {}) => {
      const input = aRegistration(overrides);
      const client = new ApiClient(url);
      // Registration signs nobody in and answers the same for any address (202): sign in afterwards.
      const registered = await client.post('/api/auth/register', input);
      if (registered.status !== 202) throw new Error(`sign-up failed: ${registered.status} ${JSON.stringify(registered.body)}`);
      const user = await app.get(UsersRepository).findByEmail(input.email);
      if (!user) throw new Error(`sign-up failed: no account for ${input.email}`);
      await app.get(UsersRepository).confirmAddress(user.id);
      if (role !== 'learner') await app.get(UsersRepository).setRole(user.id, role);
      const login = await client.post<AuthResult>('/api/auth/login', { email: input.email, password: input.password });
      if (login.status !== 200) throw new Error(`sign-in after sign-up failed: ${login.status} ${JSON.stringify(login.body)}`);
      return { user: login.body.user, token: login.body.accessToken, client, input };
    },
    close: async () => {
      await app.close();
      await dropDatabase(mongodbUri).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
