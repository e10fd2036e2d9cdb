import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { DatabaseKind } from '../database/database-handle.js';
import { DATABASE_KIND } from '../database/database.tokens.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_KIND) private readonly kind: DatabaseKind,
  ) {}

  // A load balancer reads the status code; people read the body.
  @Get()
  async health(@Res() res: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: this.kind });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: this.kind });
    }
  }
}
