/** Where one `net.Socket.prototype.connect` call goes: `host:port`, or the path of a local socket. */
export function destinationOf(args: readonly unknown[]): string {
  // node passes its normalised [options, callback] pair; user code passes (options) or (port, host)
  const first: unknown = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as {
    host?: string;
    port?: number;
    path?: string;
  };
  return options.path ?? `${options.host ?? 'localhost'}:${options.port}`;
}
