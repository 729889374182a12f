// Mocha's globals as web-test-runner provides them (the tests use no other Mocha API).
declare function describe(title: string, body: (this: unknown) => void): void;
declare function it(title: string, body: (this: unknown) => void | Promise<unknown>): void;
declare function before(body: () => void | Promise<unknown>): void;
declare function after(body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;
