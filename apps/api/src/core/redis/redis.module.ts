import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REDIS_BUS, RedisBus } from './redis-bus.js';

// REDIS_BUS is null without REDIS_URL: one instance needs no bus. Closed on shutdown, after the
// collaboration server has drained, so that its last updates still go out.
@Global()
@Module({
  providers: [
    {
      provide: REDIS_BUS,
      inject: [APP_CONFIG],
      useFactory: ({ redis }: AppConfig): RedisBus | null => {
        if (!redis) {
          return null;
        }
        new Logger('Redis').log(`relaying between instances on ${redis.prefix}bus`);
        return new RedisBus(redis.url, redis.prefix);
      },
    },
  ],
  exports: [REDIS_BUS],
})
export class RedisModule {}
