import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError } from './app-error.js';

// GraphQL errors go back to Apollo untouched, where formatGraphqlError decides what a client sees
// and logs only the unexpected ones; without this, Nest would log every validation error.
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      return exception;
    }
    if (exception instanceof AppError) {
      const { code, field, message, httpStatus } = exception;
      host.switchToHttp().getResponse<Response>().status(httpStatus).json({ code, field, message });
      return undefined;
    }
    const status = clientErrorStatus(exception);
    if (status) {
      // A malformed or oversized request body is the client's error, not ours: answer it without
      // logging a stack trace.
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(status)
        .json({ statusCode: status, message: (exception as Error).message });
      return undefined;
    }
    super.catch(exception, host);
    return undefined;
  }
}

function clientErrorStatus(exception: unknown): number | undefined {
  if (exception instanceof HttpException) {
    return undefined;
  }
  const status = (exception as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
