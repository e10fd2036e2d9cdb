import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  // Why it cannot be used, or null.
  problem: string | null;
}

// The Redis of the scale-out suites: TEST_REDIS_URL (.ci/run sets it), else the usual local port.
export async function probeTestRedis(): Promise<TestRedis> {
  const url = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
  });
  // The socket's own error says more than the rejection ("Connection is closed.").
  let cause: unknown = null;
  client.on('error', (error: unknown) => {
    cause ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    return { url, problem: null };
  } catch (error) {
    const first = cause ?? error;
    const reason = first instanceof Error ? first.message : String(first);
    return { url, problem: `Redis at ${url} is unreachable (${reason})` };
  } finally {
    client.disconnect();
  }
}

// Missing in CI is a failure; on a developer's machine the suite is skipped, saying why.
export function runsWithRedis(redis: TestRedis, suite: string): boolean {
  if (!redis.problem) {
    return true;
  }
  if (process.env['CI'] === 'true') {
    throw new Error(`${redis.problem}; CI must provide Redis (see .ci/run)`);
  }
  process.stderr.write(`Skipping ${suite}: ${redis.problem}\n`);
  return false;
}

// Channels of their own, so that test runs sharing one Redis never hear each other.
export function testRedisPrefix(): string {
  return `idgov_test_${randomBytes(6).toString('hex')}:`;
}

// Drops the subscriber connections of the instances using `prefix`, as a Redis restart or a
// network failure would: they reconnect on their own.
export async function dropSubscribers(url: string, prefix: string): Promise<number> {
  const admin = new Redis(url);
  try {
    const list = (await admin.client('LIST')) as string;
    const ids = list
      .split('\n')
      .filter((line) => line.includes(` name=${prefix}bus:subscriber `))
      .map((line) => /^id=(\d+) /.exec(line)?.[1])
      .filter((id): id is string => Boolean(id));
    for (const id of ids) {
      await admin.client('KILL', 'ID', id);
    }
    return ids.length;
  } finally {
    admin.disconnect();
  }
}
