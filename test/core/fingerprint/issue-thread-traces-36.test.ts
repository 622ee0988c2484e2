// placeholder header
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0, recall: 0, merged: 9 },
  php: { precision: 0, recall: 0, merged: 9 },
  dotnet: { precision: 0, recall: 0, merged: 9 },
};

describe('traces from public issue threads, a thirty-sixth collection the rules were not tuned on', () => expectCollectionFloors('threads-36', EXPECTED));
