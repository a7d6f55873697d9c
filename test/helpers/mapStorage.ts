/** The Web Storage interface over a Map (the real localStorage exists only in the browser); `capacity` in characters per value. */
export class MapStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(private readonly capacity = Infinity) {}
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    if (value.length > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
}
