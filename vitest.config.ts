import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: integration tests (pre-commit, npm pack, the corpus, the test API server) spawn real
    // processes, and a loaded 2-core CI machine can be several times slower than a quiet one. These are
    // hang guards, not performance assertions.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
