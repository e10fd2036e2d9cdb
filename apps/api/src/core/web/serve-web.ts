import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { INestApplication } from '@nestjs/common';

const apiPrefixes = ['/api', '/graphql', '/health', '/collab'];

// Serves the built web app with a fallback to index.html for client-side routes. Paths that belong
// to the API never fall back, so a mistyped API call answers 404 instead of a page.
export function serveWeb(app: INestApplication, distDir: string): boolean {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    return false;
  }
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use(express.static(distDir, { index: false, maxAge: '1h', immutable: false }));
  http.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = apiPrefixes.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
