// npm run audit:verify [-- --checkpoint FILE] [--public-key FILE]
import 'reflect-metadata';
import { runAuditVerify } from './modules/audit/audit-verify-cli.js';

runAuditVerify(process.argv.slice(2), process.env, {
  write: (line) => process.stdout.write(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `audit:verify: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  },
);
