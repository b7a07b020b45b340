import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests sit beside their code; integration tests live in test/integration.
// Browser-facing tests opt into happy-dom with a `@vitest-environment` comment.
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/integration/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
