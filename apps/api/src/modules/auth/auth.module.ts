import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthMiddleware } from './auth.middleware.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

@Module({
  imports: [UsersModule],
  providers: [AuthService, AuthResolver, AuthMiddleware],
  exports: [AuthService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthMiddleware).forRoutes('*path');
  }
}
