/** The part of `proxy-addr` (Express's own dependency, which evaluates `trust proxy`) used here. */
declare module 'proxy-addr' {
  /** Compiles addresses, CIDR ranges and the names loopback, linklocal, uniquelocal; throws on a bad one. */
  export function compile(value: string | readonly string[]): (address: string, hop: number) => boolean;
}
