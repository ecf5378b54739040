// Fluent UI's MessageBar and other components observe their size; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// Two cores shared by several test runs: give async queries and tests room before failing.
import { configure } from '@testing-library/dom';
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30000);
