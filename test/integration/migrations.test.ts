import { createApp, type App } from '../../src/app';
import { createTestInfra, type TestInfra } from '../support/environment';

/** A change to an entity without its migration would work in tests (never!) but break every existing database. */
describe('migrations', () => {
  let infra: TestInfra;
  let app: App;
  beforeAll(async () => {
    infra = await createTestInfra();
    app = await createApp(infra.config, { inMemoryDatabase: infra.inMemoryDatabase });
  });
  afterAll(async () => {
    await app?.close();
    await infra?.dispose();
  });

  it('bring the database exactly to what the entities describe', async () => {
    const diff = await app.orm.getMigrator().checkMigrationNeeded();
    expect(diff).toBe(false);
  });

  it('are all applied on start, in order', async () => {
    const executed = await app.orm.getMigrator().getExecutedMigrations();
    const pending = await app.orm.getMigrator().getPendingMigrations();
    expect(pending).toEqual([]);
    expect(executed.map((m) => m.name)).toEqual([...executed.map((m) => m.name)].sort());
    expect(executed.length).toBeGreaterThanOrEqual(3);
  });
});
